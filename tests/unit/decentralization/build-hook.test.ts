import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { caseValidation } from '../../../src/integrations/case-validation';

const work = mkdtempSync(path.join(tmpdir(), 'tracker-hook-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let projects = 0;

/** A project folder with one valid case and the real counts and series, plus the given tracker entries. */
function project(entries: Record<string, string>): string {
  const root = path.join(work, `project-${(projects += 1)}`);
  mkdirSync(path.join(root, 'content/cases'), { recursive: true });
  mkdirSync(path.join(root, 'content/decentralization'), { recursive: true });
  cpSync(
    'tests/fixtures/cases-valid/synthetic-elderly-care.mdx',
    path.join(root, 'content/cases/synthetic-elderly-care.mdx'),
  );
  for (const name of ['decentralization-counts.yaml', 'decentralization-series.yaml'])
    cpSync(`content/${name}`, path.join(root, 'content', name));
  for (const [name, text] of Object.entries(entries))
    writeFileSync(path.join(root, 'content/decentralization', name), text);
  return root;
}

/** Runs the integration's config hook as `astro build` would, collecting what it logs. */
async function runHook(root: string) {
  const logged: string[] = [];
  const logger = { error: (text: string) => logged.push(text), warn: (text: string) => logged.push(text) };
  const hook = caseValidation().hooks['astro:config:setup'] as unknown as (options: object) => Promise<void>;
  const run = hook({ config: { root: pathToFileURL(`${root}/`) }, command: 'build', logger });
  return { run, logged };
}

const ENTRY = readFileSync('content/decentralization/community-forest-act-2562.yaml', 'utf8');

describe('the build checks the tracker files', () => {
  it('passes a valid entry', async () => {
    const { run } = await runHook(project({ 'community-forest-act-2562.yaml': ENTRY }));
    await expect(run).resolves.toBeUndefined();
  });

  it('stops on a bad entry with the bilingual message naming file and field', async () => {
    const bad = ENTRY.replace('kind: law', 'kind: statute');
    const { run, logged } = await runHook(project({ 'community-forest-act-2562.yaml': bad }));
    await expect(run).rejects.toThrow(/error\(s\) in case files or decentralization files/);
    const report = logged.join('\n');
    expect(report).toContain('content/decentralization/community-forest-act-2562.yaml');
    expect(report).toMatch(/ช่อง \/ field kind/);
    expect(report).toContain('"statute" is not an accepted value');
  });
});
