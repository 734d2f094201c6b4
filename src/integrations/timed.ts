import type { AstroIntegration } from 'astro';
import { timingLine } from '../build/timings';

type Hooks = AstroIntegration['hooks'];

/** The hooks worth timing in a build: where integrations do their work. */
const TIMED = (hook: string) => hook === 'astro:config:setup' || hook.startsWith('astro:build:');

/**
 * Wraps each integration's build hooks so that each logs how long it took (src/build/timings.ts),
 * and adds the marks of Astro's own steps: from the end of setup (content sync included) to the
 * start of the build, and from there to the pages being written. The build benchmark reads them.
 */
export function timed(integrations: AstroIntegration[]): AstroIntegration[] {
  let configured = 0;
  let started = 0;
  const marks: AstroIntegration = {
    name: 'build-timings',
    hooks: {
      'astro:config:done': () => {
        configured = performance.now();
      },
      'astro:build:start': ({ logger }) => {
        started = performance.now();
        logger.info(timingLine('astro.sync', started - configured));
      },
      'astro:build:generated': ({ logger }) => {
        logger.info(timingLine('astro.pages', performance.now() - started));
      },
    },
  };
  const wrap = (integration: AstroIntegration): AstroIntegration => {
    const hooks: Hooks = {};
    for (const [hook, fn] of Object.entries(integration.hooks) as Array<[keyof Hooks, (...args: never[]) => unknown]>) {
      if (!fn || !TIMED(hook)) {
        (hooks as Record<string, unknown>)[hook] = fn;
        continue;
      }
      (hooks as Record<string, unknown>)[hook] = async (options: { logger: { info: (line: string) => void } }) => {
        const start = performance.now();
        await (fn as (options: unknown) => unknown)(options);
        options.logger.info(
          timingLine(`${integration.name}.${hook.replace(/^astro:/, '')}`, performance.now() - start),
        );
      };
    }
    return { ...integration, hooks };
  };
  return [marks, ...integrations.map(wrap)];
}
