import { z } from 'zod';
import { about } from './describe';

/** An office's public contact. Never a private person's number. */
export const contactSchema = z
  .object({
    office: z
      .string()
      .trim()
      .min(2)
      .optional()
      .meta(about('Name of the office to contact, e.g. สำนักปลัด อบต.ดอนแก้ว.', 'ชื่อสำนักงานที่ติดต่อ เช่น สำนักปลัด อบต.ดอนแก้ว')),
    phone: z
      .string()
      .regex(/^0[0-9\- ]{7,14}$/)
      .optional()
      .meta(about("The office's public phone number (digits, spaces and dashes).", 'เบอร์โทรศัพท์สาธารณะของสำนักงาน')),
    email: z.email().optional().meta(about("The office's public e-mail address.", 'อีเมลสาธารณะของสำนักงาน')),
    web: z
      .url({ protocol: /^https?$/ })
      .optional()
      .meta(about("The office's public web page.", 'เว็บไซต์ของสำนักงาน')),
  })
  .refine((contact) => contact.phone || contact.email || contact.web, {
    message: 'ต้องมีโทรศัพท์ อีเมล หรือเว็บไซต์อย่างน้อยหนึ่งอย่าง / give at least one of phone, email or web',
  });
