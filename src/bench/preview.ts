import path from 'node:path';
import { preview } from 'astro';

export interface PreviewedSite {
  /** The site's address, ending in a slash. */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serves a production build with Astro's own preview server on a free port.
 * `outDir` defaults to dist/; the hot-list test serves a rewritten copy from elsewhere.
 */
export async function startPreview(outDir = 'dist'): Promise<PreviewedSite> {
  const server = await preview({
    root: process.cwd(),
    outDir: path.resolve(outDir),
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 0 },
  });
  return { url: `http://127.0.0.1:${server.port}/`, close: () => server.stop() };
}
