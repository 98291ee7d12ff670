import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** What the lookup consults; tests pass their own (see tests/unit/e2e/browser.test.ts). */
export interface ChromiumLookup {
  /** The environment ($CHROME_PATH). */
  env: Readonly<Record<string, string | undefined>>;
  /** Whether a file exists. */
  exists: (file: string) => boolean;
  /** Where a Playwright-managed Chromium would be (it may not be installed); throws when Playwright knows none. */
  managed: () => string;
}

const system: ChromiumLookup = {
  env: process.env,
  exists: existsSync,
  managed: () => chromium.executablePath(),
};

/** The one-line advice every failure ends with. */
export const howToGetChromium =
  'install one (Debian: `sudo apt-get install chromium`) or set CHROME_PATH to a Chromium or Chrome binary.';

/**
 * The Chromium the end-to-end tests drive: $CHROME_PATH if set, else Debian's /usr/bin/chromium,
 * else a browser Playwright installed earlier. The tests never download a browser; with none
 * available this throws an error whose message is one line saying how to get one
 * (playwright.config.ts prints just that line and exits).
 */
export function findChromium(lookup: ChromiumLookup = system): string {
  const fromEnv = lookup.env['CHROME_PATH'];
  if (fromEnv) {
    if (!lookup.exists(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist: ${howToGetChromium}`);
    return fromEnv;
  }
  if (lookup.exists('/usr/bin/chromium')) return '/usr/bin/chromium';
  let managed: string;
  try {
    managed = lookup.managed();
  } catch {
    managed = '';
  }
  if (managed && lookup.exists(managed)) return managed;
  throw new Error(`No Chromium found: ${howToGetChromium}`);
}

/** Flags for a headless run on a machine with no network but the package registries. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
