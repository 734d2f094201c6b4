import { z } from 'zod';

/** An office's public contact. Never a private person's number. */
export const contactSchema = z
  .object({
    /** Name of the office to contact, e.g. สำนักปลัด อบต.ดอนแก้ว. */
    office: z.string().trim().min(2).optional(),
    /** The office's public phone number (digits, spaces and dashes). */
    phone: z
      .string()
      .regex(/^0[0-9\- ]{7,14}$/)
      .optional(),
    /** The office's public e-mail address. */
    email: z.email().optional(),
    /** The office's public web page. */
    web: z.url({ protocol: /^https?$/ }).optional(),
  })
  .refine((contact) => contact.phone || contact.email || contact.web, {
    message: 'ต้องมีโทรศัพท์ อีเมล หรือเว็บไซต์อย่างน้อยหนึ่งอย่าง / give at least one of phone, email or web',
  });
