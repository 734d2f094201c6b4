import { z } from 'zod';

/** Whether and how the place receives study visits (จุดเรียนรู้ / ศึกษาดูงาน). */
export const studyVisitSchema = z.object({
  /** true when the place receives study visits today. */
  offered: z.boolean(),
  /** Who hosts visitors, e.g. the municipality or a community learning centre. */
  host: z.string().trim().min(2),
  /** What visitors learn there, one line each. */
  learn: z.array(z.string().trim().min(2)).min(1),
  /** Usual group size, in words (e.g. "ไม่เกิน 40 คน"). */
  groupSize: z.string().trim().min(1).optional(),
  /** Best time of year to visit. */
  season: z.string().trim().min(1).optional(),
  /** How to arrange a visit (which office to contact). */
  booking: z.string().trim().min(2).optional(),
});
