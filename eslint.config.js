// ESLint: TypeScript (type-aware) and Astro components. Run by `npm run check` (in `npm test`).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      // Unused names are errors, except a deliberate `_` prefix.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Inline scripts (<script is:inline>) ship as written, unbundled: kept ES5 so that they
    // run on the oldest browsers children's hand-me-down devices have.
    files: ['**/*.astro/*.js', '**/*.astro/*.ts', '*.astro/*.js'],
    rules: { 'no-var': 'off', '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
);
