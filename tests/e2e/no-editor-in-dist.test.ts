import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every file under dist/, relative to it. */
async function distFiles(): Promise<string[]> {
  const entries = await readdir('dist', { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative('dist', path.join(entry.parentPath, entry.name)));
}

// Markers of the React runtime and of Keystatic in a bundle: names, error-code URLs, internals.
const EDITOR_CODE =
  /keystatic|react-dom|__reactFiber|reactjs\.org\/docs\/error-decoder|react\.dev\/errors|__SECRET_INTERNALS/i;

describe('the production build carries no form editor', () => {
  it('dist/ has no Keystatic or React file, script or island', async () => {
    const files = await distFiles();
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((file) => /keystatic|react/i.test(file))).toEqual([]);

    const offending: string[] = [];
    for (const file of files) {
      if (!/\.(m?js|html|css|json|webmanifest)$/.test(file)) continue;
      const text = await readFile(path.join('dist', file), 'utf8');
      // Scripts must not bundle either; pages must not load a React island or the editor's routes.
      const code = /\.m?js$/.test(file) ? text : [...text.matchAll(/<script\b[^>]*>[\s\S]*?<\/script>/g)].join('\n');
      if (EDITOR_CODE.test(code) || /renderer-url="[^"]*react|\/api\/keystatic|\/keystatic\//.test(text))
        offending.push(file);
    }
    expect(offending).toEqual([]);
  });
});
