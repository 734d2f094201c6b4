import { fields } from '@keystatic/core';
import { caseFormFields } from './case-fields';

/** Every field of the case form: the front matter, then the MDX body (`mdx` is Keystatic's field). */
export function caseEntrySchema(mdx: typeof fields.mdx = fields.mdx) {
  return {
    ...caseFormFields(),
    body: mdx({
      label: 'เนื้อหา',
      description: 'หัวข้อ ## ตามแบบถอดบทเรียน: ความเป็นมา สิ่งที่ทำ ผลลัพธ์ ปัจจัยความสำเร็จและบทเรียน การนำไปใช้ที่อื่น',
      extension: 'mdx',
    }),
  };
}
