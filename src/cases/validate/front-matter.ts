import { LineCounter, isNode, parseDocument, type Document } from 'yaml';
import type { Report } from './problem';

/** The 1-based line of the value at a front-matter path (or of its nearest parent), when known. */
export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

interface SplitFile {
  frontmatter: string;
  body: string;
  /** Line where the front matter's first line is. */
  frontmatterLine: number;
  bodyLine: number;
}

/** Splits `---` front matter from the body; undefined when the file has no front matter block. */
export function splitFrontmatter(source: string): SplitFile | undefined {
  const text = source.replace(/^\uFEFF/, '');
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  const frontmatter = match[1] ?? '';
  const bodyLine = match[0].split('\n').length;
  return { frontmatter, body: text.slice(match[0].length), frontmatterLine: 2, bodyLine };
}

function lineFinder(doc: Document, counter: LineCounter, firstLine: number): LineOf {
  return (path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + firstLine - 1;
    }
    return undefined;
  };
}

/**
 * Reads the YAML front matter of a split file: its plain value and where each field is, or
 * undefined after reporting every YAML error with its line.
 */
export function readFrontmatter(split: SplitFile, report: Report): { raw: unknown; lineOf: LineOf } | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(split.frontmatter, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = error.linePos?.[0]?.line ?? counter.linePos(error.pos[0]).line;
      report({
        severity: 'error',
        line: line + split.frontmatterLine - 1,
        th: `ส่วนหัวข้อมูล (YAML) อ่านไม่ได้: ${error.message.split('\n')[0]} (ตรวจการเว้นวรรคย่อหน้าและเครื่องหมาย : )`,
        en: `the front matter (YAML) does not parse: ${error.message.split('\n')[0]}`,
      });
    }
    return undefined;
  }
  return { raw: doc.toJS(), lineOf: lineFinder(doc, counter, split.frontmatterLine) };
}
