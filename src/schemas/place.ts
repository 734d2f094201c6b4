import { z } from 'zod';
import { stripPlacePrefix } from '../places/names';
import { about } from './describe';

const placeName = z.string().trim().min(1).transform(stripPlacePrefix);

/**
 * Where a case happened: a tambon, a whole district or a whole province.
 * Names are resolved against the gazetteer; a code may be given instead of or beside the names.
 */
export const placeSchema = z.object({
  province: placeName.meta(
    about(
      'Province name in Thai, e.g. เชียงใหม่ (with or without จ./จังหวัด).',
      'ชื่อจังหวัดภาษาไทย เช่น เชียงใหม่ (มีหรือไม่มี จ./จังหวัด ก็ได้)',
    ),
  ),
  district: placeName
    .optional()
    .meta(
      about(
        'District (อำเภอ, or เขต in Bangkok) in Thai; left out when the case covers a whole province.',
        'ชื่ออำเภอ (หรือเขตในกรุงเทพมหานคร) ว่างเมื่องานครอบคลุมทั้งจังหวัด',
      ),
    ),
  tambon: placeName
    .optional()
    .meta(
      about(
        'Tambon (ตำบล, or แขวง in Bangkok) in Thai; left out when the case covers a whole district.',
        'ชื่อตำบล (หรือแขวงในกรุงเทพมหานคร) ว่างเมื่องานครอบคลุมทั้งอำเภอหรือทั้งจังหวัด',
      ),
    ),
  code: z
    .string()
    .regex(/^(\d{2}|\d{4}|\d{6})$/)
    .optional()
    .meta(
      about(
        'Official code: 2 digits for a province, 4 for a district, 6 for a tambon.',
        'รหัสพื้นที่ของกรมการปกครอง: 2 หลักสำหรับจังหวัด 4 หลักสำหรับอำเภอ 6 หลักสำหรับตำบล',
      ),
    ),
});

export type PlaceInput = z.infer<typeof placeSchema>;
