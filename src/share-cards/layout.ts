/**
 * Lays a share card out as SVG: Thai text wrapped between words (Intl.Segmenter) at widths the
 * caller measures with the real font, the heading shrunk until it fits in three lines.
 */
import { escapeHtml } from '../lib/escape-html';
import { SHARE_HEIGHT, SHARE_WIDTH, type ShareCardText } from './cards';

export type FontWeight = 400 | 700;
/** The width a line of text takes in the card's font, in pixels. */
export type Measure = (text: string, size: number, weight: FontWeight) => number;

export const CARD_FONT = 'Sarabun';
const MARGIN = 80;
const TEXT_WIDTH = SHARE_WIDTH - 2 * MARGIN;
const HEADING_SIZES = [76, 68, 60, 52] as const;
const HEADING_LINES = 3;
/** Thai stacks marks above and below: lines need more room than Latin ones. */
const LINE_HEIGHT = 1.45;
const COLORS = { paper: '#0b6b4f', ink: '#ffffff', soft: '#cfe8dd' } as const;

const wordSegmenter = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * SARA AM (ำ) as NIKHAHIT + SARA AA, the nikhahit moved before any tone mark: the sequence
 * HarfBuzz's Thai shaper makes of it. resvg's shaper draws a lone ำ without its SARA AA advance
 * (น้ำ overlapped the next letter); given the decomposed sequence it draws น้ำ, ตำบล, ค่ำ right.
 */
export const decomposeSaraAm = (text: string): string => text.replace(/([\u0E48-\u0E4B]*)\u0E33/g, '\u0E4D$1\u0E32');

/** Splits text into lines no wider than `maxWidth`, breaking only between words. */
export function wrapText(text: string, maxWidth: number, width: (line: string) => number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const { segment } of wordSegmenter.segment(text)) {
    const candidate = current + segment;
    if (current.trim() !== '' && width(candidate.trimEnd()) > maxWidth) {
      lines.push(current.trimEnd());
      current = segment.trimStart();
    } else current = candidate;
  }
  if (current.trim() !== '') lines.push(current.trimEnd());
  return lines;
}

export interface HeadingLayout {
  size: number;
  lines: string[];
}

/** The largest heading size at which the heading fits in three lines of the card's width. */
export function fitHeading(heading: string, measure: Measure): HeadingLayout {
  for (const size of HEADING_SIZES) {
    const width = (line: string) => measure(line, size, 700);
    const lines = wrapText(heading, TEXT_WIDTH, width);
    if (lines.length <= HEADING_LINES && lines.every((line) => width(line) <= TEXT_WIDTH)) return { size, lines };
  }
  throw new Error(`Share card heading does not fit in ${HEADING_LINES} lines: ${heading}`);
}

/** One line that must fit the card's width: the largest size from `sizes` at which it does. */
function fitLine(text: string, sizes: readonly number[], weight: FontWeight, measure: Measure): number {
  const size = sizes.find((candidate) => measure(text, candidate, weight) <= TEXT_WIDTH);
  if (size === undefined) throw new Error(`Share card line does not fit: ${text}`);
  return size;
}

const textElement = (
  x: number,
  y: number,
  size: number,
  weight: FontWeight,
  fill: string,
  text: string,
  anchor = 'start',
) =>
  `<text x="${x}" y="${y}" font-family="${CARD_FONT}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${escapeHtml(decomposeSaraAm(text))}</text>`;

/** The house of the site's icon (public/favicon.svg), drawn at the top left. */
const ICON = `<g transform="translate(${MARGIN} 58) scale(2)"><rect width="32" height="32" rx="6" fill="${COLORS.ink}"/><path d="M6 24h20M9 24V14l7-6 7 6v10" stroke="${COLORS.paper}" stroke-width="2.5" fill="none" stroke-linejoin="round"/></g>`;

/** The card as an SVG document, its text laid out with `measure`. */
export function shareCardSvg(card: ShareCardText, siteName: string, measureShaped: Measure): string {
  const measure: Measure = (text, size, weight) => measureShaped(decomposeSaraAm(text), size, weight);
  const heading = fitHeading(card.heading, measure);
  const eyebrowSize = fitLine(card.eyebrow, [38, 34, 30, 26], 400, measure);
  const brandSize = fitLine(siteName, [34, 30], 700, measure);
  const headingStep = Math.round(heading.size * LINE_HEIGHT);
  // The eyebrow, heading and count as one block, centred between the brand row and the bottom row.
  const blockHeight = eyebrowSize * LINE_HEIGHT + headingStep * heading.lines.length + 44 * LINE_HEIGHT;
  let y = Math.round(170 + (SHARE_HEIGHT - 120 - 170 - blockHeight) / 2 + eyebrowSize);
  const parts = [
    `<rect width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" fill="${COLORS.paper}"/>`,
    ICON,
    textElement(MARGIN + 84, 108, brandSize, 700, COLORS.ink, siteName),
    textElement(MARGIN, y, eyebrowSize, 400, COLORS.soft, card.eyebrow),
  ];
  y += Math.round(eyebrowSize * 0.5) + headingStep - Math.round(heading.size * 0.3);
  for (const line of heading.lines) {
    parts.push(textElement(MARGIN, y, heading.size, 700, COLORS.ink, line));
    y += headingStep;
  }
  parts.push(textElement(MARGIN, y + 10, 44, 700, COLORS.soft, card.line));
  parts.push(textElement(SHARE_WIDTH - MARGIN, SHARE_HEIGHT - 56, 30, 400, COLORS.soft, card.host, 'end'));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" viewBox="0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}">${parts.join('')}</svg>`;
}
