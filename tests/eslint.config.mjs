// ESLint for the whole tree (TypeScript and .astro files). Kept under tests/ with the Vitest
// config because the project's top level is fixed; `npm run lint` points ESLint here.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', '.astro/', 'src/generated/', 'tests/fixtures/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Thai tone and vowel marks are combining characters; classes of them are what these modules mean.
    files: ['src/thai/**', 'src/search/**'],
    rules: { 'no-misleading-character-class': 'off' },
  },
);
