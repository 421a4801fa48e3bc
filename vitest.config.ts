import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '~/components': here('./src/components'),
      '~/widgets': here('./widgets'),
      '~/lib': here('./widgets/lib'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/models/**/*.test.ts', 'tests/data/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
