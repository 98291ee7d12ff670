import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/e2e/browser.ts';

const port = Number(process.env['E2E_PORT'] ?? 4329);

/** The browser, or one line saying how to get one (no stack trace, no download, no silent skip). */
function chromiumOrExit(): string {
  try {
    return findChromium();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
const executablePath = chromiumOrExit();

/**
 * End-to-end tests against the production build (`npm run build` first; `npm run test:e2e`
 * does both), served by `astro preview` on 127.0.0.1.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  // 2 on CI's 2 cores. E2E_WORKERS=3 to compare on a quiet machine (tests spend part of their
  // time waiting on the browser); not measured reliably yet, the shared machine being loaded.
  workers: Number(process.env['E2E_WORKERS'] ?? 2),
  timeout: 45_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: { executablePath, args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: chromiumArgs } } }],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
  },
});
