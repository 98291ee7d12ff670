import { defineConfig } from 'vitest/config';
import { findFirefox } from './tests/firefox/browser.ts';

// No Firefox: one line saying how to get one, and a failure (no stack trace, no download, no skip).
try {
  findFirefox();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}

/**
 * `npm run test:firefox`: every built page in Firefox ESR over WebDriver BiDi (tests/firefox/).
 * Reuses the build the Chromium run made; one file, so one browser for the whole run.
 */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
