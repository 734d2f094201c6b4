import { collection, config } from '@keystatic/core';
import { caseEntrySchema } from './case-schema';

/**
 * The coordinators' form editor (Keystatic, `npm run dev` → /keystatic). It saves straight into the
 * cases folder, in the format the case files are kept in (scripts/format-cases.ts).
 */
export default config({
  storage: { kind: 'local' },
  ui: { brand: { name: 'คลังกรณีศึกษา · แบบฟอร์ม' } },
  collections: {
    cases: collection({
      label: 'กรณีศึกษา',
      slugField: 'title',
      // content/cases: the editor is for the real cases (CASES_DIR builds of fixtures have no editor).
      path: 'content/cases/*',
      format: { contentField: 'body' },
      entryLayout: 'content',
      columns: ['title', 'status', 'lastReviewed'],
      schema: caseEntrySchema(),
    }),
  },
});
