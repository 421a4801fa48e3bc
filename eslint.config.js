import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';

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
  // The Rules of Hooks (and the compiler's checks) for the Preact islands and the hooks they use.
  {
    files: ['**/*.tsx', 'widgets/**/use*.ts'],
    ...reactHooks.configs.flat.recommended,
  },
);
