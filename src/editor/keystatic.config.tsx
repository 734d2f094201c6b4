import { collection, config, fields } from '@keystatic/core';

export default config({
  storage: { kind: 'local' },
  collections: {
    cases: collection({
      label: 'กรณีศึกษา',
      slugField: 'title',
      path: 'content/cases/*',
      format: { contentField: 'body' },
      schema: {
        title: fields.slug({ name: { label: 'ชื่อกรณีศึกษา' } }),
        body: fields.mdx({ label: 'เนื้อหา', extension: 'mdx' }),
      },
    }),
  },
});
