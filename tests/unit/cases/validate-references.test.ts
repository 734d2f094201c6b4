import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCaseFiles, type CaseFile, type Problem } from '../../../src/cases/validate/index';
import { checkTrackerContent } from '../../../src/decentralization/build/check';
import { placeChecker, placeLookups } from '../../../src/places/check';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const NOW = new Date('2026-11-24T12:00:00+07:00');
const WASTE_BANK = readFileSync(`${ROOT}tests/fixtures/cases-valid/synthetic-waste-bank.mdx`, 'utf8');
// The fixture's own adaptedFrom target, so the references resolve.
const ELDERLY = readFileSync(`${ROOT}tests/fixtures/cases-valid/synthetic-elderly-care.mdx`, 'utf8');

let trackerSlugs: Set<string>;
beforeAll(async () => {
  trackerSlugs = (await checkTrackerContent(ROOT)).slugs;
});

/** The waste-bank fixture under another slug and title, with its front matter edited. */
function variant(slug: string, edit: (source: string) => string = (source) => source): CaseFile {
  const source = edit(WASTE_BANK.replace(/^title: .*$/m, `title: "กรณีทดสอบ ${slug}"`));
  return { file: `content/cases/${slug}.mdx`, source };
}
const withLine = (line: string) => (source: string) => source.replace(/^synthetic: true$/m, `${line}\nsynthetic: true`);
const rename = (name: string, type?: string) => (source: string) =>
  source.replace(/^ {2}name: .*$/m, `  name: ${name}`).replace(/^ {2}type: .*$/m, type ? `  type: ${type}` : '$&');

async function check(files: CaseFile[], withTracker = true) {
  const base: CaseFile = { file: 'content/cases/synthetic-elderly-care.mdx', source: ELDERLY };
  const { problems } = await checkCaseFiles([base, ...files], {
    now: NOW,
    checkPlace: placeChecker(),
    ...placeLookups(),
    ...(withTracker ? { trackerSlugs } : {}),
  });
  return problems.filter((problem) => problem.severity === 'error');
}
const fields = (problems: readonly Problem[]) => problems.map((problem) => [problem.file, problem.field]);

describe('legalBasis', () => {
  const cited = variant('cites-law', withLine('legalBasis:\n  - cleanliness-act-2353\n  - cleanliness-act-2535'));

  it('must name tracker entries that exist: the file, field and line, with the closest slugs', async () => {
    const errors = await check([cited]);
    expect(fields(errors)).toEqual([['content/cases/cites-law.mdx', 'legalBasis[0]']]);
    const [error] = errors;
    const lines = cited.source.split('\n');
    expect(error!.line).toBe(lines.indexOf('  - cleanliness-act-2353') + 1);
    expect(error!.th).toContain('cleanliness-act-2353');
    expect(error!.th).toMatch(/[\u0E00-\u0E7F]/);
    expect(error!.en).toContain('no decentralization tracker entry "cleanliness-act-2353"');
    expect(error!.en).toMatch(/closest: cleanliness-act-2535/);
  });

  it('is checked only when the tracker slugs are given (unit tests without the tracker)', async () => {
    expect(await check([cited], false)).toEqual([]);
  });

  it('refuses a slug written twice', async () => {
    const twice = variant('twice', withLine('legalBasis: [public-health-act-2535, public-health-act-2535]'));
    expect(fields(await check([twice]))).toEqual([['content/cases/twice.mdx', 'legalBasis[1]']]);
  });
});

describe('local-government names across files', () => {
  it('reports one body written two ways, in both files, each naming the other', async () => {
    const abbreviated = variant('abbreviated', rename('ทต.สมมุติสอง'));
    const full = variant('full');
    const errors = await check([full, abbreviated]);
    expect(fields(errors)).toEqual([
      ['content/cases/full.mdx', 'localGovernment.name'],
      ['content/cases/abbreviated.mdx', 'localGovernment.name'],
    ]);
    expect(errors[0]!.th).toContain('content/cases/abbreviated.mdx');
    expect(errors[0]!.en).toContain('"ทต.สมมุติสอง"');
    expect(errors[1]!.en).toContain('content/cases/full.mdx');
  });

  it('reports a name one slip away from another in the same province', async () => {
    const slip = variant('slip', rename('เทศบาลตำบลสมมุติสอ'));
    const errors = await check([variant('full'), slip]);
    expect(fields(errors)).toEqual([
      ['content/cases/full.mdx', 'localGovernment.name'],
      ['content/cases/slip.mdx', 'localGovernment.name'],
    ]);
    expect(errors[1]!.en).toContain('very close to "เทศบาลตำบลสมมุติสอง" (content/cases/full.mdx)');
  });

  it('accepts a body that changed type, and reports a name whose prefix contradicts its type', async () => {
    const before = variant('before', (source) =>
      rename('องค์การบริหารส่วนตำบลสมมุติสอง', 'sao')(source).replace(/^lastReviewed: .*$/m, 'lastReviewed: 2024-01-10'),
    );
    expect(await check([variant('full'), before])).toEqual([]);
    const contradicting = variant('contradicting', rename('เทศบาลตำบลสมมุติสอง', 'sao'));
    const errors = await check([contradicting]);
    expect(fields(errors)).toEqual([['content/cases/contradicting.mdx', 'localGovernment.type']]);
    expect(errors[0]!.en).toContain('type is sao');
  });
});
