import type { RawAnswers } from '../../src/cases/new-case/answers';

/**
 * A coordinator's answers to `npm run new` for a made-up case, written the way people type them
 * (prefixes on place names, a Buddhist-era year). Synthetic test content, never published.
 */
export const RAW_ANSWERS: RawAnswers = {
  title: 'การดูแลผู้สูงอายุโดยอาสาสมัคร ตำบลดอนแก้ว',
  area: 'health',
  systems: ['volunteers', 'health-services'],
  places: [{ province: 'จ.เชียงใหม่', district: 'แม่ริม', tambon: 'ต.ดอนแก้ว' }],
  localGovernment: { name: 'องค์การบริหารส่วนตำบลดอนแก้ว', type: 'sao' },
  started: 'พ.ศ. 2562',
  source: { title: 'ข่าว อบต.ดอนแก้ว', url: 'https://www.example.go.th/news/1' },
};
