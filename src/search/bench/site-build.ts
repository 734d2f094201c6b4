/** Builds for the search benchmark: the real site in dist/ when it is stale, in a child process. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { readCaseFiles } from '../../cases/files';
import { slugOf } from '../../cases/validate/index';
import { filesUnder } from './measure';

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  seconds: number;
  output: string;
}

/** Runs a command in its own process group, echoing its output, killing the group on timeout. */
export function run(
  command: string,
  args: readonly string[],
  options: {
    cwd: string;
    env?: NodeJS.ProcessEnv;
    timeoutMs?: number;
    quiet?: boolean;
    /** How many characters of the output to keep, the last ones (200,000 unless given). */
    keep?: number;
  },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: string[] = [];
    let kept = 0;
    let timedOut = false;
    const limit = options.keep ?? 200_000;
    const keep = (chunk: Buffer, to: NodeJS.WriteStream) => {
      const text = chunk.toString();
      chunks.push(text);
      kept += text.length;
      while (chunks.length > 1 && kept - chunks[0]!.length >= limit) kept -= chunks.shift()!.length;
      if (!options.quiet) to.write(text);
    };
    child.stdout.on('data', (chunk: Buffer) => keep(chunk, process.stdout));
    child.stderr.on('data', (chunk: Buffer) => keep(chunk, process.stderr));
    const timer = options.timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          if (child.pid) process.kill(-child.pid, 'SIGKILL');
        }, options.timeoutMs)
      : undefined;
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      const output = chunks.join('').slice(-limit);
      resolve({ code, signal, timedOut, seconds: (performance.now() - started) / 1000, output });
    });
  });
}

async function newestMtime(dirs: readonly string[]): Promise<{ file: string; mtime: number }> {
  let newest = { file: '', mtime: 0 };
  for (const dir of dirs)
    for (const file of await filesUnder(dir)) {
      const { mtimeMs } = await stat(file);
      if (mtimeMs > newest.mtime) newest = { file, mtime: mtimeMs };
    }
  return newest;
}

/** Builds root/dist unless the existing build is newer than the cases and the source and holds the same cases. */
export async function ensureBuilt(root: string): Promise<void> {
  const dist = path.join(root, 'dist');
  const entry = path.join(dist, 'pagefind/pagefind-entry.json');
  let reason = '';
  if (!existsSync(entry)) reason = 'no dist/pagefind';
  else {
    const built = (await stat(entry)).mtimeMs;
    const newest = await newestMtime([path.join(root, 'content/cases'), path.join(root, 'src')]);
    const caseSlugs = (await readCaseFiles(root, 'content/cases')).map((file) => slugOf(file.file)).sort();
    const builtSlugs = existsSync(path.join(dist, 'cases')) ? (await readdir(path.join(dist, 'cases'))).sort() : [];
    if (newest.mtime > built) reason = `${path.relative(root, newest.file)} is newer than dist/pagefind`;
    else if (caseSlugs.join() !== builtSlugs.join()) reason = 'dist/cases does not match content/cases';
  }
  if (!reason) {
    console.log('Using the existing build in dist/ (newer than content/cases and src/).');
    return;
  }
  console.log(`Building the site (${reason}) …`);
  const env = { ...process.env };
  delete env.CASES_DIR;
  const result = await run('npx', ['astro', 'build'], { cwd: root, env, quiet: true });
  if (result.code !== 0) {
    console.error(result.output.slice(-4000));
    throw new Error(`astro build failed (exit ${result.code})`);
  }
  console.log(`Built in ${result.seconds.toFixed(1)} s.`);
}
