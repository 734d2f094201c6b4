import { z } from 'zod';
import { about } from './describe';

/** A published source a case's facts come from. */
export const sourceSchema = z.object({
  title: z
    .string()
    .trim()
    .min(3)
    .meta(
      about(
        "The source's title as published (or a short description when the title was not captured).",
        'ชื่อแหล่งข้อมูลตามที่เผยแพร่ (หรือคำอธิบายสั้น ๆ เมื่อไม่ได้เก็บชื่อไว้)',
      ),
    ),
  url: z
    .url({ protocol: /^https?$/ })
    .meta(about('Full web address starting with http:// or https://.', 'ที่อยู่เว็บเต็มของแหล่งข้อมูล')),
  accessed: z
    .union([z.date(), z.string()])
    .optional()
    .meta(
      about(
        'When the coordinator last opened the source, YYYY-MM-DD.',
        'วันที่ผู้ประสานงานเปิดดูแหล่งข้อมูลครั้งล่าสุด (ปปปป-ดด-วว เป็น ค.ศ.)',
        'date',
      ),
    ),
});
