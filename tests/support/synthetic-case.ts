import type { CaseSummary } from '../../src/cases/lists';
import { caseSchema, type CaseInput } from '../../src/schemas/case';

/** Synthetic front matter run through the real schema, so tests get the real parsed types. */
export function syntheticCaseData(front: Partial<CaseInput>, title = 'กรณีทดสอบการค้นหา') {
  return caseSchema.parse({
    title,
    summary: 'กรณีทดสอบที่แต่งขึ้นสำหรับชุดทดสอบเท่านั้น ไม่ใช่ข้อเท็จจริง',
    area: 'health',
    places: [{ province: 'ขอนแก่น' }],
    localGovernment: { name: 'องค์การบริหารส่วนตำบลสมมุติ', type: 'sao' },
    started: 'ไม่ทราบ',
    sources: [{ title: 'แหล่งข้อมูลสมมุติ', url: 'https://example.org/source' }],
    evidence: 'reported',
    lastReviewed: '2026-06-01',
    status: 'published',
    synthetic: true,
    ...front,
  });
}

/** A synthetic case with an id, titled after it. */
export function syntheticCase(id: string, front: Partial<CaseInput>): CaseSummary {
  return { id, data: syntheticCaseData(front, `กรณีทดสอบ ${id}`) };
}
