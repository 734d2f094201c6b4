import path from 'node:path';
import { preview } from 'astro';

export interface PreviewedSite {
  /** The site's address, ending in a slash. */
  url: string;
  port: number;
  close: () => Promise<void>;
}

/**
 * Serves a production build with Astro's own preview server on 127.0.0.1, on a free port unless
 * one is given. `outDir` defaults to dist/; tests also serve rewritten copies from elsewhere.
 */
export async function startPreview(outDir = 'dist', port = 0): Promise<PreviewedSite> {
  const server = await preview({
    root: process.cwd(),
    outDir: path.resolve(outDir),
    logLevel: 'error',
    server: { host: '127.0.0.1', port },
  });
  return { url: `http://127.0.0.1:${server.port}/`, port: server.port, close: () => server.stop() };
}
