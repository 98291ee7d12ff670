import { defineConfig } from 'vitest/config';

/**
 * `npm run test:build`: builds the site with deliberately broken chapters (in a temporary copy
 * of the project) and checks that each fails naming the file. Slow (a build each), so apart from
 * the unit tests; one file, run sequentially.
 */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
