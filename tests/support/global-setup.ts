import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startPreview } from '../../src/bench/preview';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the production build in dist/ once for all browser tests. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html'))
    throw new Error(
      'ไม่พบเว็บที่สร้างแล้วใน dist/ ให้รัน npm run build ก่อน / no production build in dist/: run `npm run build` first',
    );
  const server = await startPreview();
  project.provide('baseUrl', server.url);
  return () => server.close();
}
