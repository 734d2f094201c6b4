import react from '@astrojs/react';
import keystatic from '@keystatic/astro';
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASES_DIR, slugOf } from '../cases/files';
import { formatProblems } from '../cases/validate/index';
import { recheckCases } from '../editor/case-problems';
import { problemsOfCase } from '../editor/problem-store';

/** The module that holds the editor's Keystatic configuration (the top level of the project is fixed). */
const KEYSTATIC_CONFIG = fileURLToPath(new URL('../editor/keystatic.config.tsx', import.meta.url));
const REVIEW_PAGE = fileURLToPath(new URL('../editor/ReviewPage.astro', import.meta.url));

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
      'astro:config:setup': ({ command, updateConfig, injectRoute }) => {
        if (command !== 'dev') return;
        // The reviewers' list of drafts and cases in review, with their problems (dev only).
        injectRoute({ pattern: '/review', entrypoint: REVIEW_PAGE });
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
      // Every saved case file is checked at once with `npm run validate`'s rules: problems go to the
      // terminal and to the case's preview page (and /review/).
      'astro:server:setup': async ({ server, logger }) => {
        const root = server.config.root;
        const casesFolder = path.resolve(root, CASES_DIR);
        await recheckCases(root);
        let queue = Promise.resolve();
        const onSave = (file: string) => {
          if (!file.startsWith(casesFolder + path.sep) || !file.endsWith('.mdx')) return;
          queue = queue.then(async () => {
            await recheckCases(root);
            const problems = problemsOfCase(slugOf(file));
            const name = path.relative(root, file);
            if (problems.length === 0) logger.info(`${name}: ผ่านการตรวจ / passes the checks`);
            else logger.warn(`ตรวจไฟล์ที่บันทึก / checked on save:\n${formatProblems(problems)}`);
          });
        };
        server.watcher.on('add', onSave);
        server.watcher.on('change', onSave);
        server.watcher.on('unlink', onSave);
      },
    },
  };
}
