import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCaseFiles } from '../../../src/cases/files';

let root: string;

/** Writes `text` to `relative` under the temporary project root, creating folders. */
async function put(relative: string, text: string) {
  const file = path.join(root, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text, 'utf8');
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'case-files-'));
  await put('cases/top-level.mdx', '---\ntitle: หนึ่ง\n---\n');
  await put('cases/north/nan/in-subfolder.mdx', '---\ntitle: สอง\n---\n');
  await put('cases/notes.md', 'บันทึกที่ตั้งชื่อผิดนามสกุล');
  await put('cases/north/photo.jpg', 'not really a photo');
  await put('cases/README.md', '# คู่มือ');
  await put('cases/north/readme.MD', '# คู่มือย่อย');
  await put('cases/.DS_Store', 'finder');
  await put('cases/north/.hidden.mdx', '---\ntitle: ซ่อน\n---\n');
  await put('elsewhere/outside.mdx', '---\ntitle: นอกโฟลเดอร์\n---\n');
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('readCaseFiles', () => {
  it('finds case files in subfolders and also non-.mdx files, so they can be reported; photos in folders are not cases', async () => {
    const files = await readCaseFiles(root, 'cases');
    // cases/north/photo.jpg sits in a folder, where a case keeps its photos (content/cases/<slug>/…).
    expect(files.map((file) => file.file)).toEqual([
      'cases/north/nan/in-subfolder.mdx',
      'cases/notes.md',
      'cases/top-level.mdx',
    ]);
  });

  it('reads each file as UTF-8 text', async () => {
    const files = await readCaseFiles(root, 'cases');
    expect(files.find((file) => file.file === 'cases/north/nan/in-subfolder.mdx')?.source).toBe(
      '---\ntitle: สอง\n---\n',
    );
    expect(files.find((file) => file.file === 'cases/notes.md')?.source).toBe('บันทึกที่ตั้งชื่อผิดนามสกุล');
  });

  it('ignores README.md in any letter case and dotfiles', async () => {
    const names = (await readCaseFiles(root, 'cases')).map((file) => path.posix.basename(file.file));
    expect(names).not.toContain('README.md');
    expect(names).not.toContain('readme.MD');
    expect(names).not.toContain('.DS_Store');
    expect(names).not.toContain('.hidden.mdx');
  });

  it('reads only the folder it is given', async () => {
    const files = await readCaseFiles(root, 'elsewhere');
    expect(files.map((file) => file.file)).toEqual(['elsewhere/outside.mdx']);
  });

  it('gives paths relative to the root with forward slashes', async () => {
    for (const { file } of await readCaseFiles(root, 'cases')) {
      expect(path.isAbsolute(file)).toBe(false);
      expect(file).not.toContain('\\');
      expect(file.startsWith('cases/')).toBe(true);
    }
  });

  it('fails loudly when the folder does not exist', async () => {
    await expect(readCaseFiles(root, 'no-such-folder')).rejects.toThrow();
  });
});

describe('readCaseFiles and the build', () => {
  // src/content.config.ts builds pages from glob('**/*.mdx') in the cases folder; Astro's glob()
  // loader runs tinyglobby with its defaults. The validator must see every file that becomes a
  // page, and should not fail the build over .mdx files that never become one.
  const pattern = '**/*.mdx';

  it('reads every .mdx file that the build turns into a page, including names starting with _', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'case-files-build-'));
    try {
      await mkdir(path.join(dir, 'cases/wip'), { recursive: true });
      await writeFile(path.join(dir, 'cases/ok-case.mdx'), 'x');
      await writeFile(path.join(dir, 'cases/_draft.mdx'), 'x');
      await writeFile(path.join(dir, 'cases/wip/_other-draft.mdx'), 'x');
      const built = (await glob(pattern, { cwd: path.join(dir, 'cases'), expandDirectories: false }))
        .map((name) => `cases/${name}`)
        .sort();
      expect(built).toEqual(['cases/_draft.mdx', 'cases/ok-case.mdx', 'cases/wip/_other-draft.mdx']);
      const read = (await readCaseFiles(dir, 'cases')).map((file) => file.file);
      expect(read).toEqual(expect.arrayContaining(built));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('skips .mdx files inside hidden folders, which the build never turns into pages', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'case-files-build-'));
    try {
      await mkdir(path.join(dir, 'cases/.drafts'), { recursive: true });
      await writeFile(path.join(dir, 'cases/ok-case.mdx'), 'x');
      await writeFile(path.join(dir, 'cases/.drafts/unfinished.mdx'), 'x');
      const built = await glob(pattern, { cwd: path.join(dir, 'cases'), expandDirectories: false });
      expect(built).toEqual(['ok-case.mdx']);
      const read = (await readCaseFiles(dir, 'cases')).map((file) => file.file);
      expect(read).toEqual(['cases/ok-case.mdx']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
