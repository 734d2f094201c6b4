import { z } from 'zod';

/** A published source a case's facts come from. */
export const sourceSchema = z.object({
  /** The source's title as published (or a short description when the title was not captured). */
  title: z.string().trim().min(3),
  /** Full web address starting with http:// or https://. */
  url: z.url({ protocol: /^https?$/ }),
  /** When the coordinator last opened the source, YYYY-MM-DD. */
  accessed: z.union([z.date(), z.string()]).optional(),
});
