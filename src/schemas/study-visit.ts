import { z } from 'zod';
import { about } from './describe';

/** Whether and how the place receives study visits (จุดเรียนรู้ / ศึกษาดูงาน). */
export const studyVisitSchema = z.object({
  offered: z
    .boolean()
    .meta(about('true when the place receives study visits today.', 'true เมื่อพื้นที่รับคณะศึกษาดูงานอยู่ในปัจจุบัน')),
  host: z
    .string()
    .trim()
    .min(2)
    .meta(
      about(
        'Who hosts visitors, e.g. the municipality or a community learning centre.',
        'ผู้ต้อนรับคณะดูงาน เช่น เทศบาลหรือศูนย์เรียนรู้ชุมชน',
      ),
    ),
  learn: z
    .array(z.string().trim().min(2))
    .min(1)
    .meta(about('What visitors learn there, one line each.', 'สิ่งที่ผู้มาดูงานจะได้เรียนรู้ ข้อละบรรทัด')),
  groupSize: z
    .string()
    .trim()
    .min(1)
    .optional()
    .meta(about('Usual group size, in words (e.g. "ไม่เกิน 40 คน").', 'ขนาดคณะที่รับได้ตามปกติ เช่น ไม่เกิน 40 คน')),
  season: z.string().trim().min(1).optional().meta(about('Best time of year to visit.', 'ช่วงเวลาของปีที่เหมาะจะไปดูงาน')),
  booking: z
    .string()
    .trim()
    .min(2)
    .optional()
    .meta(about('How to arrange a visit (which office to contact).', 'วิธีนัดหมายดูงาน (ติดต่อสำนักงานใด)')),
});
