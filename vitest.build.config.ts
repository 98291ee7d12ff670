import { defineConfig } from 'vitest/config';

/**
 * `npm run test:build`: builds the site with deliberately broken chapters (in a temporary copy
 * of the project) and checks that each fails naming the file. Slow (a build each), so apart from
 * the unit tests. Each file builds in its own temporary project and serves on its own free port,
 * so the two slow files (the base-path build, the authoring failures) run side by side: a build
 * keeps about one core busy, and nothing else runs at this stage of `npm test`.
 */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 300_000,
    hookTimeout: 60_000,
  },
});
