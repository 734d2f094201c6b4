/**
 * What authors may put in a case's MDX body: Markdown, GitHub tables and the documented
 * author components, used without import lines. Imports, exports and JavaScript expressions
 * are refused: case files are content from many contributors, not code.
 */
export const AUTHOR_COMPONENTS = ['Figure', 'KeyFigure', 'Quote', 'Steps', 'Step'] as const;
export type AuthorComponent = (typeof AUTHOR_COMPONENTS)[number];

/** The lessons-learned headings, in the order a case body uses them. */
export const LESSON_SECTIONS = ['ความเป็นมา', 'สิ่งที่ทำ', 'ผลลัพธ์', 'ปัจจัยความสำเร็จและบทเรียน', 'การนำไปใช้ที่อื่น'] as const;

/** The closing section that lists what sources do not say. */
export const OPEN_QUESTIONS_SECTION = 'ข้อที่ยังไม่ทราบ';

export const isAuthorComponent = (name: string | null | undefined): name is AuthorComponent =>
  !!name && (AUTHOR_COMPONENTS as readonly string[]).includes(name);
