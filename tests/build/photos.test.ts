import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const astro = path.resolve('node_modules/astro/bin/astro.mjs');
const work = mkdtempSync(path.join(tmpdir(), 'photos-'));
const casesDir = path.join(work, 'cases');
const outDir = path.join(work, 'dist');

let build: ReturnType<typeof spawnSync>;
let page: string;

beforeAll(() => {
  // One synthetic case with one generated image (licensed CC0) beside it, in the folder named after it.
  cpSync('tests/fixtures/cases-photos', casesDir, { recursive: true });
  build = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
    env: { ...process.env, CASES_DIR: casesDir },
    encoding: 'utf8',
    timeout: 170_000,
  });
  if (build.status === 0) page = readFileSync(path.join(outDir, 'cases/synthetic-photo-case/index.html'), 'utf8');
}, 180_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a case page with a photo', () => {
  it('builds', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  });

  it('shows it through the image pipeline: AVIF and WebP at several widths, width and height, lazy', () => {
    const picture = /<picture[^>]*>([\s\S]*?)<\/picture>/.exec(page)?.[1] ?? '';
    expect(picture).toMatch(
      /<source srcset="[^"]+\.avif 360w, [^"]+\.avif 720w, [^"]+\.avif 1080w" type="image\/avif"/,
    );
    expect(picture).toMatch(/<source srcset="[^"]+\.webp 360w[^"]*" type="image\/webp"/);
    const img = /<img [^>]*>/.exec(picture)?.[0] ?? '';
    expect(img).toContain('alt="ภาพสังเคราะห์ทดสอบ วงกลมสีส้มบนพื้นสีครีม"');
    expect(img).toContain('width="1200"');
    expect(img).toContain('height="800"');
    expect(img).toContain('loading="lazy"');
  });

  it('with its caption, credit and licence', () => {
    const figure = /<figure[^>]*>[\s\S]*?<\/figure>/.exec(page)?.[0] ?? '';
    expect(figure).toContain('โปรแกรมสร้างภาพของชุดทดสอบ');
    expect(figure).toContain('CC0 1.0');
  });

  it('keeps the photo out of the first screen: the page loads no image eagerly', () => {
    expect(page).not.toMatch(/<img (?![^>]*loading="lazy")[^>]*src="\/_astro\/file\./);
  });
});
