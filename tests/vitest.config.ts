import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Unit tests that run `astro build` themselves; they share Astro's content cache, so one at a time. */
const BUILDING = ['tests/build/**/*.test.ts'];

// Kept under tests/ because the project's top level is fixed (see README).
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  // The form editor's custom fields (src/editor/**/*.tsx) are React components.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: BUILDING,
          environment: 'node',
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'builds',
          include: BUILDING,
          environment: 'node',
          testTimeout: 180_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
      {
        extends: true,
        test: {
          // The form editor exists only under `astro dev`: these tests start it (not the production build).
          name: 'editor',
          include: ['tests/editor/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          sequence: { groupOrder: 3 },
        },
      },
    ],
  },
});
