import { z } from 'zod';
import { about } from './describe';

/** Where a case's photos are: a folder named after the case beside its file, as the form writes them. */
export const PHOTO_FILE_PATTERN = /^\.\/[a-z0-9]+(?:-[a-z0-9]+)*\/.+\.(?:jpe?g|png|webp|avif)$/i;

/**
 * A photo of a case with what readers and the law need beside it. `file` is the path as written;
 * the content collection passes Astro's image() instead, so the file goes through astro:assets.
 */
export const photoFields = <File extends z.ZodType>(file: File) =>
  z.object({
    file: file.meta(
      about(
        'The image file in the folder named after the case, written ./<slug>/<name>.jpg (JPEG, PNG, WebP or AVIF).',
        'ไฟล์ภาพในโฟลเดอร์ชื่อเดียวกับกรณีศึกษา เขียนเป็น ./<slug>/<ชื่อไฟล์>.jpg (JPEG, PNG, WebP หรือ AVIF)',
      ),
    ),
    caption: z
      .string()
      .trim()
      .min(3)
      .meta(
        about(
          'What the photo shows, in Thai (also its text for readers who cannot see it).',
          'คำบรรยายภาพภาษาไทย ว่าในภาพมีอะไร (ใช้เป็นข้อความแทนภาพด้วย)',
        ),
      ),
    credit: z.string().trim().min(2).meta(about('Who took or owns the photo.', 'ผู้ถ่ายหรือเจ้าของภาพ')),
    licence: z
      .string()
      .trim()
      .min(2)
      .meta(
        about(
          'The licence or permission the photo is published under, e.g. CC BY 4.0, or "ได้รับอนุญาตจาก อบต. … เมื่อ …".',
          'สัญญาอนุญาตหรือการอนุญาตให้เผยแพร่ภาพ เช่น CC BY 4.0 หรือ "ได้รับอนุญาตจาก อบต. … เมื่อ …" ต้องมีทุกภาพ',
        ),
      ),
  });

export const photoSchema = photoFields(
  z.string().regex(PHOTO_FILE_PATTERN, {
    message: 'ต้องเป็น ./<slug>/<ชื่อไฟล์>.jpg / must be ./<slug>/<name>.jpg (or .png, .webp, .avif)',
  }),
);
