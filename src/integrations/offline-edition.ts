import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatMegabytes } from '../offline/manifest';
import { writeOfflineEdition } from '../offline/build/write';

/**
 * After the build (and after the search index, which the offline copy includes): the offline
 * manifest and the service worker (src/offline/build/write.ts).
 */
export function offlineEdition(): AstroIntegration {
  return {
    name: 'offline-edition',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { manifest, workerBytes } = await writeOfflineEdition(fileURLToPath(dir));
        logger.info(
          `offline copy: ${manifest.files.length} files, ${formatMegabytes(manifest.bytes)}, version ${manifest.version}; ` +
            `service worker ${workerBytes} bytes`,
        );
      },
    },
  };
}
