import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, pageTitle } from '../../../src/i18n/page-title';
import { t } from '../../../src/i18n/t';
import { graphemeCount } from '../../../src/thai/truncate';

const site = t('site.name');

describe('page titles', () => {
  it('is the site name alone on the home page', () => {
    expect(pageTitle(site, site)).toBe(site);
  });

  it('puts a short title before the site name unchanged', () => {
    expect(pageTitle('ค้นหากรณีศึกษา', site)).toBe(`ค้นหากรณีศึกษา | ${site}`);
  });

  it('shortens a long case title so the whole stays within the limit, keeping the site name', () => {
    const long = 'ศูนย์บริการสุขภาพ ฟื้นฟู และดูแลผู้สูงอายุจังหวัดระยอง กับทุนเรียนสาขาสุขภาพของเด็กระยอง อบจ.ระยอง';
    const title = pageTitle(long, site);
    expect(graphemeCount(title)).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title.endsWith(`… | ${site}`)).toBe(true);
    expect(long.startsWith(title.split('…')[0]!)).toBe(true);
  });
});
