/**
 * Renders share cards to PNG at build time with resvg (no browser), in Sarabun: the site's own face,
 * here as TrueType from @expo-google-fonts/sarabun (OFL-1.1), since resvg reads no WOFF or WOFF2.
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import path from 'node:path';
import { escapeHtml } from '../../lib/escape-html';
import { t } from '../../i18n/t';
import type { ShareCardText } from '../cards';
import { CARD_FONT, shareCardSvg, type FontWeight, type Measure } from '../layout';

// Resolved from the project (the build runs there), not from this module, which Astro bundles elsewhere.
const fromProject = createRequire(path.join(process.cwd(), 'package.json'));
const FONT_FILES = ['400Regular/Sarabun_400Regular.ttf', '700Bold/Sarabun_700Bold.ttf'].map((file) =>
  fromProject.resolve(`@expo-google-fonts/sarabun/${file}`),
);

const options: ResvgRenderOptions = {
  font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: CARD_FONT },
  fitTo: { mode: 'original' },
};

/** The inked width of a line of text, as resvg shapes it (Thai marks included). */
export const measureText: Measure = (text: string, size: number, weight: FontWeight) => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="${size * 2}"><text x="0" y="${size * 1.5}" font-family="${CARD_FONT}" font-size="${size}" font-weight="${weight}">${escapeHtml(text)}</text></svg>`;
  return new Resvg(svg, options).getBBox()?.width ?? 0;
};

/** A card as PNG bytes. */
export function renderShareCard(card: ShareCardText): Uint8Array<ArrayBuffer> {
  const svg = shareCardSvg(card, t('site.name'), measureText);
  return new Uint8Array(new Resvg(svg, options).render().asPng());
}
