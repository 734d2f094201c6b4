import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readCaseFiles } from '../cases/files';
import { countErrors, formatProblems, validateCaseFiles } from '../cases/validate/index';
import { checkTrackerContent } from '../decentralization/build/check';
import { placeChecker, placeLookups } from '../places/check';

/**
 * Checks every case file and every decentralization-tracker file before Astro builds, with the same
 * rules as `npm run validate`, so a coordinator's mistake stops the build with a Thai and English
 * message instead of a stack trace or a silently missing page.
 */
export function caseValidation(): AstroIntegration {
  return {
    name: 'case-validation',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        if (command !== 'build' && command !== 'dev') return;
        // Drafts and cases in review get pages under `astro dev` only (src/data/cases.ts). Decided
        // by the command, not by import.meta.env.DEV, which a NODE_ENV inherited from a test runner sets.
        if (command === 'dev') updateConfig({ vite: { define: { 'import.meta.env.PREVIEW_UNPUBLISHED': 'true' } } });
        const root = fileURLToPath(config.root);
        const tracker = await checkTrackerContent(root);
        const caseProblems = await validateCaseFiles(await readCaseFiles(root), {
          checkPlace: placeChecker(),
          ...placeLookups(),
          trackerSlugs: tracker.slugs,
        });
        const problems = [...tracker.problems, ...caseProblems];
        const errors = countErrors(problems);
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        if (errors === 0) {
          logger.warn(`\n${report}`);
          return;
        }
        logger.error(`\n${report}`);
        if (command === 'build')
          throw new Error(
            `พบข้อผิดพลาด ${errors} รายการในไฟล์กรณีศึกษาหรือไฟล์การกระจายอำนาจ แก้ตามรายการด้านบนแล้วสร้างเว็บใหม่ / ` +
              `${errors} error(s) in case files or decentralization files; fix them as listed above and build again`,
          );
      },
    },
  };
}
