import react from '@astrojs/react';
import keystatic from '@keystatic/astro';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** The module that holds the editor's Keystatic configuration (the top level of the project is fixed). */
const KEYSTATIC_CONFIG = fileURLToPath(new URL('../editor/keystatic.config.tsx', import.meta.url));

/**
 * Keystatic's UI links a Google font; nothing may be fetched from elsewhere, so the editor's pages
 * carry a Content-Security-Policy that lets them load only from the dev server (the font falls back
 * to the system's).
 */
const EDITOR_CSP = [
  "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:",
  "connect-src 'self' ws: data: blob:",
  "font-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
].join('; ');

/**
 * The coordinators' form editor (Keystatic at /keystatic), in `astro dev` only. The production build
 * never loads it: Keystatic needs a server adapter there, and readers must never download React or
 * the editor: their integrations (which bring the React renderer) are added only when the dev server
 * starts. (Importing their factories is cheap; a dynamic import inside a hook fails, as Vite's module
 * runner that loaded the config has closed by then.)
 */
export function editor(): AstroIntegration {
  return {
    name: 'editor',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'dev') return;
        updateConfig({
          // Keystatic's API routes (/api/keystatic/tree) answer 404 under trailingSlash 'always'.
          trailingSlash: 'ignore',
          vite: {
            plugins: [
              {
                name: 'editor-keystatic-config',
                enforce: 'pre',
                resolveId: (id) => (id === 'virtual:keystatic-config' ? KEYSTATIC_CONFIG : null),
                configureServer(server) {
                  server.middlewares.use((req, res, next) => {
                    if (req.url?.startsWith('/keystatic')) res.setHeader('Content-Security-Policy', EDITOR_CSP);
                    next();
                  });
                },
              },
            ],
          },
          integrations: [react(), keystatic()],
        });
      },
    },
  };
}
