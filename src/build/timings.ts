/**
 * Build-step timings in the build's log: the integrations write them as one line each, and the
 * build benchmark (src/bench/build/) reads them back to say where a build's time goes.
 */

/** The line an integration logs for one timed step, e.g. `timing search-index.pagefind-write: 1234 ms`. */
export const timingLine = (step: string, ms: number): string => `timing ${step}: ${Math.round(ms)} ms`;

const TIMING = /\btiming (\S+): (\d+) ms\b/g;

/** Every timed step of a log, in order, a step logged twice summed. */
export function readTimings(log: string): Map<string, number> {
  const steps = new Map<string, number>();
  for (const [, step, ms] of log.matchAll(TIMING)) steps.set(step!, (steps.get(step!) ?? 0) + Number(ms));
  return steps;
}

/** Times steps one after the other: `lap('read')` ends the step that began at the previous lap. */
export function stopwatch(): { lap: (step: string) => void; steps: Array<[string, number]> } {
  let last = performance.now();
  const steps: Array<[string, number]> = [];
  return {
    steps,
    lap: (step) => {
      const now = performance.now();
      steps.push([step, now - last]);
      last = now;
    },
  };
}
