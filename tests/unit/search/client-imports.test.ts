import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CLIENT = 'src/client';
/** Packages that only the build may use: HTML and MDX trees, YAML, Node's own modules. */
const BUILD_ONLY = /^(hast|@mdx-js\/|unified$|yaml$|node:|(fs|path|url|os|zlib|child_process)(\/|$))/;
/** Imports and re-exports that bring code along (type-only ones are erased). */
const IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveModule(from: string, specifier: string): string {
  const base = path.resolve(path.dirname(from), specifier);
  const found = [base, `${base}.ts`, path.join(base, 'index.ts')].find(
    (file) => existsSync(file) && statSync(file).isFile(),
  );
  if (!found || !/\.(ts|json)$/.test(found)) throw new Error(`${from}: cannot resolve ${specifier}`);
  return found;
}

/** Every module the browser scripts reach by relative imports, with the packages each imports. */
function browserModules(): Map<string, string[]> {
  const modules = new Map<string, string[]>();
  const queue = readdirSync(CLIENT)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.resolve(CLIENT, name));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (modules.has(file)) continue;
    const source = file.endsWith('.ts') ? readFileSync(file, 'utf8') : '';
    const specifiers = [...source.matchAll(IMPORT), ...source.matchAll(DYNAMIC_IMPORT)].map((match) => match[1]!);
    modules.set(
      file,
      specifiers.filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('/')),
    );
    for (const specifier of specifiers) if (specifier.startsWith('.')) queue.push(resolveModule(file, specifier));
  }
  return modules;
}

describe('the browser scripts', () => {
  const modules = browserModules();

  it('reach the search modules they run', () => {
    const reached = [...modules.keys()].map((file) => path.relative(process.cwd(), file));
    expect(reached).toEqual(
      expect.arrayContaining(['src/client/search-page.ts', 'src/search/create-search.ts', 'src/search/tokens.ts']),
    );
  });

  it('import nothing that pulls build-only libraries (hast, MDX, unified, YAML, Node APIs)', () => {
    const offending = [...modules].flatMap(([file, packages]) =>
      packages
        .filter((name) => BUILD_ONLY.test(name))
        .map((name) => `${path.relative(process.cwd(), file)} imports ${name}`),
    );
    expect(offending).toEqual([]);
  });

  it('carry only the UI strings they use (src/i18n/th-client.ts), not the whole site’s', () => {
    const reached = [...modules.keys()].map((file) => path.relative(process.cwd(), file));
    expect(reached).toContain('src/i18n/th-client.ts');
    expect(reached).not.toContain('src/i18n/th.ts');
  });
});
