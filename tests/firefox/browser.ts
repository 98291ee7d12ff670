import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** The one-line advice a missing Firefox ends with. */
export const howToGetFirefox =
  'install it (Debian: `sudo apt-get install firefox-esr`) or set FIREFOX_PATH to a Firefox binary.';

/**
 * The Firefox the Firefox run drives: $FIREFOX_PATH if set, else Debian's /usr/bin/firefox-esr,
 * else /usr/bin/firefox. Never downloaded; with none found this throws one line saying how to get one.
 */
export function findFirefox(
  env: Readonly<Record<string, string | undefined>> = process.env,
  exists: (file: string) => boolean = existsSync,
): string {
  const fromEnv = env['FIREFOX_PATH'];
  if (fromEnv) {
    if (!exists(fromEnv)) throw new Error(`FIREFOX_PATH=${fromEnv} does not exist: ${howToGetFirefox}`);
    return fromEnv;
  }
  const found = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((file) => exists(file));
  if (!found) throw new Error(`No Firefox found: ${howToGetFirefox}`);
  return found;
}

/**
 * Firefox over WebDriver BiDi (Playwright drives only its own patched Firefox, never a stock one).
 * Downloads go to `downloadDir` without a dialog; nothing phones home.
 */
export function launchFirefox(executablePath: string, downloadDir: string): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.manager.showWhenStarting': false,
      // Firefox opens its downloads panel when a download starts, which takes the focus from the
      // page: a later keyboard Enter on a <summary> then did nothing (document.hasFocus() false).
      'browser.download.alwaysOpenPanel': false,
      'browser.helperApps.neverAsk.saveToDisk': 'text/csv,application/json,image/svg+xml,image/png',
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.safebrowsing.downloads.enabled': false,
    },
  });
}

/**
 * Checks, once, that this Firefox takes the viewport changes the run makes. puppeteer-core sends
 * WebDriver BiDi's `emulation.setScreenOrientationOverride` with every `setViewport`; Firefox ESR
 * 140.12 lacks it (every page test failed with "unknown command") and 153.8 has it. A Firefox
 * installed from stale package lists is the usual cause, so the error says so in one line.
 */
export async function checkViewport(page: Page): Promise<void> {
  try {
    await page.setViewport({ width: 1280, height: 800 });
  } catch (error) {
    if (!String(error).includes('unknown command')) throw error;
    const version = await page.browser().version();
    throw new Error(
      `${version} cannot change the viewport over WebDriver BiDi (${String(error).split('\n')[0]}): ` +
        'update it (Debian: `sudo apt-get update && sudo apt-get install firefox-esr`).',
      { cause: error },
    );
  }
}
