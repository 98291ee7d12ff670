import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium the end-to-end tests drive: $CHROME_PATH if set, else Debian's /usr/bin/chromium,
 * else a browser Playwright installed earlier. The tests never download a browser; with none
 * available they stop with one line that says how to get one.
 */
export function findChromium(): string {
  const fromEnv = process.env['CHROME_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  let managed: string;
  try {
    managed = chromium.executablePath();
  } catch {
    managed = '';
  }
  if (managed && existsSync(managed)) return managed;
  throw new Error(
    'No Chromium found: install one (Debian: `sudo apt-get install chromium`) or set CHROME_PATH to a Chromium or Chrome binary.',
  );
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
