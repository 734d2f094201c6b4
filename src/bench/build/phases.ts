/**
 * Where a build's time goes, read from its log: the steps the project's integrations time
 * (src/integrations/timed.ts, src/build/timings.ts) and Astro's own lines (Vite's bundle, the
 * static routes).
 */
import { readTimings } from '../../build/timings';

export interface Phase {
  /** What the step is, for the report. */
  label: string;
  seconds: number;
  /** A part of the step above it (printed indented), not counted again in the total. */
  part?: boolean;
}

/** A duration as Astro and Vite write it after "in": 350ms, 1.2s, 1m 26s. */
const DURATION = String.raw`(?:(\d+)m\s*)?([\d.]+)(ms|s)\b`;

/** The duration on the first line matching `done` after the first line matching `start`, in seconds. */
function astroStep(log: string, start: RegExp, done: string): number | undefined {
  const from = log.search(start);
  if (from < 0) return undefined;
  const match = new RegExp(`${done} in ${DURATION}`).exec(log.slice(from));
  if (!match) return undefined;
  return Number(match[1] ?? 0) * 60 + Number(match[2]) * (match[3] === 'ms' ? 0.001 : 1);
}

/** Astro's bundling (Vite) and page generation, as any Astro build logs them. */
export function astroPhases(log: string): Phase[] {
  // eslint-disable-next-line no-control-regex
  const plain = log.replace(/\u001b\[[0-9;]*m/g, '');
  const phases: Phase[] = [];
  const bundle = astroStep(plain, /Building static entrypoints/, 'built');
  if (bundle !== undefined)
    phases.push({ label: 'Vite bundle (every page module, the MDX compiled)', seconds: bundle });
  const routes = astroStep(plain, /generating static routes/, '✓ Completed');
  if (routes !== undefined) phases.push({ label: 'static routes (pages rendered and written)', seconds: routes });
  return phases;
}

/** The steps of the project's build, in build order, from its log; `total` gives "the rest". */
export function projectPhases(log: string, total: number): Phase[] {
  const timings = readTimings(log);
  const seconds = (step: string) => (timings.get(step) ?? 0) / 1000;
  const phases: Phase[] = [
    {
      label: 'validation (every case and tracker file, as npm run validate)',
      seconds: seconds('case-validation.config:setup'),
    },
    { label: 'content sync and types (Astro)', seconds: seconds('astro.sync') },
    { label: 'pages (Vite bundle and rendering)', seconds: seconds('astro.pages') },
    ...astroPhases(log).map((phase) => ({ ...phase, part: true })),
    { label: 'sitemap', seconds: seconds('@astrojs/sitemap.build:done') },
    { label: 'search index', seconds: seconds('search-index.build:done') },
    ...[...timings]
      .filter(([step]) => step.startsWith('search.'))
      .map(([step, ms]) => ({ label: step.replace(/^search\./, ''), seconds: ms / 1000, part: true })),
    {
      label: 'offline edition (hash and list every file, service worker)',
      seconds: seconds('offline-edition.build:done'),
    },
  ];
  const counted = phases.filter((phase) => !phase.part).reduce((sum, phase) => sum + phase.seconds, 0);
  phases.push({ label: 'the rest (start-up, other hooks, Node exit)', seconds: Math.max(0, total - counted) });
  return phases;
}
