import { describe, expect, it } from 'vitest';
import { astroPhases, projectPhases } from '../../../src/bench/build/phases';
import { ratios } from '../../../src/bench/build/report';
import type { BuildRow } from '../../../src/bench/build/run';
import { readTimings, timingLine } from '../../../src/build/timings';
import { timed } from '../../../src/integrations/timed';

/** The lines of a project build log that the bench reads, as Astro 7 writes them (colours included). */
const LOG = [
  '16:59:53 [case-validation] timing case-validation.config:setup: 12760 ms',
  '16:59:59 [build-timings] timing astro.sync: 6249 ms',
  '16:59:59 [build] Building static entrypoints...',
  '17:00:45 \u001b[36m[vite]\u001b[39m ✓ built in 45.09s',
  '17:00:46 [vite] ✓ built in 305ms',
  ' generating static routes ',
  '17:01:20 ✓ Completed in 1m 6s.',
  '17:01:23 [build-timings] timing astro.pages: 83218 ms',
  '17:01:23 [@astrojs/sitemap] timing @astrojs/sitemap.build:done: 376 ms',
  '17:02:38 [search-index] timing search.read-pages: 8172 ms',
  '17:02:38 [search-index] timing search.pagefind-write: 39517 ms',
  '17:02:38 [search-index] timing search-index.build:done: 74980 ms',
  '17:02:41 [offline-edition] timing offline-edition.build:done: 2642 ms',
].join('\n');

describe('build timings', () => {
  it('reads back the lines timingLine writes, names with @, / and : included, a step logged twice summed', () => {
    const log = `${timingLine('@astrojs/sitemap.build:done', 12.4)}\nnoise\n${timingLine('a.b', 1)} ${timingLine('a.b', 2)}`;
    expect([...readTimings(log)]).toEqual([
      ['@astrojs/sitemap.build:done', 12],
      ['a.b', 3],
    ]);
  });

  it("takes Astro's bundle and static-route times, minutes included", () => {
    expect(astroPhases(LOG)).toEqual([
      { label: expect.stringMatching(/^Vite bundle/), seconds: 45.09 },
      { label: expect.stringMatching(/^static routes/), seconds: 66 },
    ]);
  });

  it('lists the project steps in build order, parts apart, and the rest of the wall time', () => {
    const phases = projectPhases(LOG, 200);
    const seconds = Object.fromEntries(phases.map((phase) => [phase.label.split(' ')[0], phase.seconds]));
    expect(seconds).toMatchObject({ validation: 12.76, content: 6.249, pages: 83.218, sitemap: 0.376 });
    expect(phases.find((phase) => phase.label === 'read-pages')).toEqual({
      label: 'read-pages',
      seconds: 8.172,
      part: true,
    });
    const counted = 12.76 + 6.249 + 83.218 + 0.376 + 74.98 + 2.642;
    expect(phases.at(-1)!.seconds).toBeCloseTo(200 - counted, 6);
  });

  it('divides the project by bare Astro plus the CLI for time, by bare Astro alone for memory', () => {
    const run = (seconds: number, peakMb: number) => ({ seconds, peakMb, ok: true, status: 'ok' });
    const row: BuildRow = {
      size: 1000,
      project: run(90, 1500),
      bare: run(30, 1000),
      pagefind: run(15, 600),
      projectPhases: [],
      barePhases: [],
    };
    expect(ratios(row)).toEqual({ time: 2, memory: 1.5 });
  });
});

describe('timed', () => {
  it("runs each build hook and logs how long it took, under the integration's name", async () => {
    const lines: string[] = [];
    const calls: string[] = [];
    const [, wrapped] = timed([{ name: 'demo', hooks: { 'astro:build:done': async () => void calls.push('done') } }]);
    const hook = wrapped!.hooks['astro:build:done'] as unknown as (options: unknown) => Promise<void>;
    await hook({ logger: { info: (line: string) => lines.push(line) } });
    expect(calls).toEqual(['done']);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^timing demo\.build:done: \d+ ms$/);
  });
});
