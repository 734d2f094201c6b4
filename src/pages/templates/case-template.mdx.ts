import type { APIRoute } from 'astro';
import { BLANK_ANSWERS, caseTemplate } from '../../cases/template';

/** The blank case template, downloadable from /contribute/; built once, dated the day of the build. */
export const GET: APIRoute = () =>
  new Response(caseTemplate(BLANK_ANSWERS, { blank: true }), {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Disposition': 'attachment; filename="case-template.mdx"',
    },
  });
