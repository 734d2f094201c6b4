import { createProcessor } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { AUTHOR_COMPONENTS, LESSON_SECTIONS, isAuthorComponent } from '../mdx-rules';
import type { Problem, Report } from './problem';

interface MdxNode {
  type: string;
  name?: string | null;
  depth?: number;
  url?: string;
  children?: MdxNode[];
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  position?: { start: { line: number } };
}

/** A link in a body to another case's page, for the cross-file check. */
export interface CaseLink {
  target: string;
  line: number | undefined;
}

const mdxParser = createProcessor({ remarkPlugins: [remarkGfm] });

/** True when an MDX expression holds only block comments and whitespace. */
export const isCommentOnly = (expression: string): boolean => expression.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '';

function textOf(node: MdxNode): string {
  if ('value' in node && typeof (node as { value?: unknown }).value === 'string')
    return (node as { value: string }).value;
  return (node.children ?? []).map(textOf).join('');
}

/**
 * Parses an MDX body as the build will (MDX with GitHub tables). Parsing is where MDX syntax errors
 * arise, and it is much faster than compiling, so validation stays quick enough to run on save.
 */
function parseBody(body: string, bodyLine: number): { tree: MdxNode } | { problem: Omit<Problem, 'file'> } {
  try {
    return { tree: mdxParser.parse(body) as unknown as MdxNode };
  } catch (error) {
    const place = (error as { line?: number; place?: { line?: number; start?: { line?: number } } }) ?? {};
    const reason = (error as { reason?: string }).reason ?? String(error);
    // Some errors (an unclosed tag at the end of the body) carry their position only in the message.
    const fromMessage = /\((\d+):\d+(?:-\d+:\d+)?\)/.exec(String((error as { message?: string }).message ?? reason));
    const line =
      place.line ?? place.place?.line ?? place.place?.start?.line ?? (fromMessage ? Number(fromMessage[1]) : undefined);
    return {
      problem: {
        severity: 'error',
        line: line ? line + bodyLine - 1 : undefined,
        th: `เนื้อหา MDX อ่านไม่ได้: ${reason} (ตรวจวงเล็บ < > { } และแท็กที่เปิดแล้วไม่ได้ปิด)`,
        en: `the MDX body does not compile: ${reason}`,
      },
    };
  }
}

/** The checks on one node of the syntax tree: code, components, headings, images, case links. */
function checkNode(
  node: MdxNode,
  line: number | undefined,
  found: { links: CaseLink[]; headings: string[] },
  report: Report,
): void {
  switch (node.type) {
    case 'mdxjsEsm':
      report({
        severity: 'error',
        line,
        th: 'ไม่อนุญาตให้ใช้ import หรือ export ในไฟล์กรณีศึกษา ส่วนประกอบที่ใช้ได้เรียกใช้ได้เลยโดยไม่ต้อง import',
        en: 'import and export are not allowed in case files; the author components work without import lines',
      });
      break;
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      // {/* … */} is an MDX comment (the template's guidance): nothing runs, so it is allowed.
      if (isCommentOnly((node as { value?: string }).value ?? '')) break;
      report({
        severity: 'error',
        line,
        th: 'ไม่อนุญาตให้ใช้นิพจน์ JavaScript ในวงเล็บปีกกา { } ถ้าต้องการแสดงวงเล็บปีกกาให้เขียน \\{',
        en: 'JavaScript expressions in { } are not allowed; to show a brace, write \\{',
      });
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      if (!isAuthorComponent(node.name)) {
        report({
          severity: 'error',
          line,
          th: `ไม่รู้จักส่วนประกอบ <${node.name ?? ''}> ใช้ได้เฉพาะ ${AUTHOR_COMPONENTS.join(', ')} หรือ Markdown ธรรมดา`,
          en: `unknown component <${node.name ?? ''}>; use only ${AUTHOR_COMPONENTS.join(', ')} or plain Markdown`,
        });
      } else if (
        node.name === 'Figure' &&
        !node.attributes?.some((a) => a.name === 'alt' && typeof a.value === 'string' && a.value.trim())
      ) {
        report({
          severity: 'error',
          line,
          th: '<Figure> ต้องมีคำบรรยายภาพสำหรับผู้พิการทางสายตา alt="…"',
          en: '<Figure> needs alt text: alt="…"',
        });
      }
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value === 'object'))
          report({
            severity: 'error',
            line,
            th: `ค่าในส่วนประกอบ <${node.name ?? ''}> ต้องเป็นข้อความในเครื่องหมายคำพูด ไม่ใช่ { }`,
            en: `attributes of <${node.name ?? ''}> must be quoted text, not { } expressions`,
          });
      }
      break;
    case 'heading':
      if (node.depth === 1)
        report({
          severity: 'error',
          line,
          th: 'อย่าใช้หัวข้อระดับ 1 (# …) ในเนื้อหา หน้าเว็บใช้ title เป็นหัวข้อหลักแล้ว ให้ใช้ ## แทน',
          en: 'do not use a level-1 heading (# …) in the body; the page already shows the title; use ##',
        });
      if (node.depth === 2) found.headings.push(textOf(node).trim());
      break;
    case 'image':
      if (!textOf(node).trim() && !(node as { alt?: string }).alt)
        report({
          severity: 'error',
          line,
          th: 'ภาพต้องมีคำบรรยาย ![คำบรรยาย](ที่อยู่ภาพ)',
          en: 'images need alt text: ![description](image address)',
        });
      break;
    case 'link': {
      const match = /^\/cases\/([^/#?]+)\/?(?:[#?].*)?$/.exec(node.url ?? '');
      if (match?.[1]) found.links.push({ target: match[1], line });
      break;
    }
  }
}

/**
 * Checks an MDX body: that it parses, then code, components, headings, images and the
 * lessons-learned sections. Returns its links to other cases, or undefined when it does not parse.
 */
export function checkBody(body: string, bodyLine: number, report: Report): CaseLink[] | undefined {
  const parsed = parseBody(body, bodyLine);
  if ('problem' in parsed) {
    report(parsed.problem);
    return undefined;
  }
  const found = { links: [] as CaseLink[], headings: [] as string[] };
  const visit = (node: MdxNode) => {
    checkNode(node, node.position ? node.position.start.line + bodyLine - 1 : undefined, found, report);
    node.children?.forEach(visit);
  };
  visit(parsed.tree);
  if (!found.headings.some((heading) => (LESSON_SECTIONS as readonly string[]).includes(heading)))
    report({
      severity: 'warning',
      th: `เนื้อหายังไม่มีหัวข้อตามแบบถอดบทเรียน (${LESSON_SECTIONS.map((s) => `## ${s}`).join(', ')})`,
      en: 'the body has none of the lessons-learned headings',
    });
  return found.links;
}
