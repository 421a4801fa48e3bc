import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default defineConfig(
  {
    ignores: ['dist/', '.astro/', '.cache/', 'node_modules/', 'public/', 'test-results/', 'playwright-report/'],
  },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never insert text as HTML; use textContent or JSX.' },
        { property: 'outerHTML', message: 'Never insert text as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Never insert text as HTML.' },
      ],
    },
  },
);
