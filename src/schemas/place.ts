import { z } from 'zod';
import { stripPlacePrefix } from '../places/names';

const placeName = z.string().trim().min(1).transform(stripPlacePrefix);

/**
 * Where a case happened: a tambon, a whole district or a whole province.
 * Names are resolved against the gazetteer; a code may be given instead of or beside the names.
 */
export const placeSchema = z.object({
  /** Province name in Thai, e.g. เชียงใหม่ (with or without จ./จังหวัด). */
  province: placeName,
  /** District (อำเภอ, or เขต in Bangkok) in Thai; leave out when the case covers a whole province. */
  district: placeName.optional(),
  /** Tambon (ตำบล, or แขวง in Bangkok) in Thai; leave out when the case covers a whole district. */
  tambon: placeName.optional(),
  /** Official code: 2 digits for a province, 4 for a district, 6 for a tambon. */
  code: z
    .string()
    .regex(/^(\d{2}|\d{4}|\d{6})$/)
    .optional(),
});

export type PlaceInput = z.infer<typeof placeSchema>;
