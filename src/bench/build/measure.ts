/**
 * One measured command of the build benchmark: wall time, and the peak resident memory of the
 * largest process it ran (GNU time's %M: the maximum RSS that wait4 reports over the command and
 * its descendants, which is the largest single process, not their sum).
 */
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { run } from '../../search/bench/site-build';

export interface Measured {
  seconds: number;
  /** Peak RSS of the largest process, in MB; undefined without /usr/bin/time. */
  peakMb?: number;
  ok: boolean;
  status: string;
  output: string;
}

/** Runs `command` in `cwd` with `env`, timed; never throws for a failed command. */
export async function measure(
  command: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeFile: string; timeoutMs: number },
): Promise<Measured> {
  const useTime = existsSync('/usr/bin/time');
  await rm(options.timeFile, { force: true });
  const result = await run(
    useTime ? '/usr/bin/time' : command[0]!,
    useTime ? ['-f', '%M', '-o', options.timeFile, ...command] : command.slice(1),
    // The whole log: where the time goes is read from its first lines too (Vite warns once per MDX file).
    { cwd: options.cwd, env: options.env, timeoutMs: options.timeoutMs, quiet: true, keep: 256_000_000 },
  );
  const lastLine = existsSync(options.timeFile)
    ? (await readFile(options.timeFile, 'utf8')).trim().split('\n').pop()
    : undefined;
  const kb = Number(lastLine);
  const ok = !result.timedOut && result.code === 0;
  const status = result.timedOut
    ? `stopped after ${(options.timeoutMs / 60_000).toFixed(0)} min`
    : result.code === 0
      ? 'ok'
      : /heap out of memory|Allocation failed|ENOMEM/i.test(result.output) || result.signal === 'SIGKILL'
        ? 'ran out of memory'
        : `failed (exit ${result.code ?? result.signal})`;
  return {
    seconds: result.seconds,
    ...(Number.isFinite(kb) && kb > 0 ? { peakMb: kb / 1024 } : {}),
    ok,
    status,
    output: result.output,
  };
}
