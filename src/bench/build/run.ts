/**
 * The build benchmark (npm run bench:build): for each size, synthetic cases built by the project
 * (astro build in a private copy, src/search/bench/scale.ts prepareBuildRoot) and, in the same run
 * over the same files, by a bare Astro site (bare-site.ts) followed by Pagefind's CLI.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeSyntheticCases } from '../../cases/synthetic/writer';
import { prepareBuildRoot } from '../../search/bench/scale';
import { writeBareSite } from './bare-site';
import { measure, type Measured } from './measure';
import { astroPhases, projectPhases, type Phase } from './phases';

export interface BuildRow {
  size: number;
  project: Omit<Measured, 'output'>;
  bare: Omit<Measured, 'output'>;
  pagefind: Omit<Measured, 'output'>;
  projectPhases: Phase[];
  barePhases: Phase[];
}

export interface BuildBenchOptions {
  root: string;
  benchDir: string;
  seed: number;
  timeoutMs: number;
  /** Remove each size's built sites once measured (a 10,000-case pair is several GB). */
  clean: boolean;
}

const withoutOutput = ({ output: _, ...rest }: Measured) => rest;

/** Builds `size` cases both ways and measures them; the logs go next to the sites. */
export async function buildBench(size: number, options: BuildBenchOptions): Promise<BuildRow> {
  const { root, benchDir } = options;
  const sizeDir = path.join(benchDir, `build-bench-${size}`);
  const casesDir = path.join(sizeDir, 'cases');
  const relative = (file: string) => path.relative(root, file);
  await mkdir(sizeDir, { recursive: true });
  await writeSyntheticCases({ count: size, dir: casesDir, seed: options.seed });
  console.log(`\n[${size}] wrote ${size} synthetic cases (seed ${options.seed}) to ${relative(casesDir)}`);

  const project = await prepareBuildRoot(root, path.join(benchDir, 'build-bench'));
  const bare = path.join(benchDir, 'build-bench', 'bare');
  await writeBareSite(root, bare, casesDir);
  const projectDist = path.join(sizeDir, 'project-dist');
  const bareDist = path.join(sizeDir, 'bare-dist');
  await rm(projectDist, { recursive: true, force: true });
  await rm(bareDist, { recursive: true, force: true });
  const env = { ...process.env, CASES_DIR: casesDir };
  const step = async (name: string, command: string[], cwd: string) => {
    console.log(`[${size}] ${name}: ${command.join(' ')} (in ${relative(cwd)}) …`);
    const result = await measure(command, {
      cwd,
      env,
      timeFile: path.join(sizeDir, `${name}.time`),
      timeoutMs: options.timeoutMs,
    });
    await writeFile(path.join(sizeDir, `${name}.log`), result.output);
    const peak = result.peakMb === undefined ? '' : `, peak ${(result.peakMb / 1024).toFixed(2)} GB`;
    console.log(`[${size}] ${name}: ${result.status}, ${result.seconds.toFixed(1)} s${peak}`);
    if (!result.ok) console.error(result.output.slice(-3000));
    return result;
  };
  const bareBuild = await step('bare', ['npx', 'astro', 'build', '--outDir', bareDist], bare);
  const pagefind = await step('pagefind', ['npx', 'pagefind', '--site', bareDist], root);
  const projectBuild = await step('project', ['npx', 'astro', 'build', '--outDir', projectDist], project);
  const row: BuildRow = {
    size,
    project: withoutOutput(projectBuild),
    bare: withoutOutput(bareBuild),
    pagefind: withoutOutput(pagefind),
    projectPhases: projectPhases(projectBuild.output, projectBuild.seconds),
    barePhases: astroPhases(bareBuild.output),
  };
  await writeFile(path.join(sizeDir, 'result.json'), JSON.stringify(row, null, 2));
  if (options.clean) {
    await rm(projectDist, { recursive: true, force: true });
    await rm(bareDist, { recursive: true, force: true });
  }
  return row;
}

/** The row an earlier run saved for `size`, if any (for --reuse). */
export async function savedRow(benchDir: string, size: number): Promise<BuildRow | undefined> {
  const file = path.join(benchDir, `build-bench-${size}`, 'result.json');
  return existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as BuildRow) : undefined;
}
