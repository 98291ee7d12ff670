import { describe, expect, it } from 'vitest';
import { findChromium, type ChromiumLookup } from '../../e2e/browser.ts';

/** A machine with these files and this environment; `managed` is where Playwright would keep its browser. */
function machine(files: string[], env: Record<string, string> = {}, managed: string | Error = '/pw/chromium-1/chrome'): ChromiumLookup {
  return {
    env,
    exists: (file) => files.includes(file),
    managed: () => {
      if (managed instanceof Error) throw managed;
      return managed;
    },
  };
}

describe('findChromium: the browser the end-to-end tests drive', () => {
  it('takes $CHROME_PATH first, even when Debian’s chromium is there', () => {
    expect(findChromium(machine(['/opt/chrome', '/usr/bin/chromium'], { CHROME_PATH: '/opt/chrome' }))).toBe('/opt/chrome');
  });

  it('fails on a $CHROME_PATH that does not exist rather than quietly using another browser', () => {
    expect(() => findChromium(machine(['/usr/bin/chromium'], { CHROME_PATH: '/nope' }))).toThrow(/^CHROME_PATH=\/nope does not exist/);
  });

  it('then /usr/bin/chromium, before a Playwright-managed browser', () => {
    expect(findChromium(machine(['/usr/bin/chromium', '/pw/chromium-1/chrome']))).toBe('/usr/bin/chromium');
  });

  it('then a browser Playwright installed earlier', () => {
    expect(findChromium(machine(['/pw/chromium-1/chrome']))).toBe('/pw/chromium-1/chrome');
  });

  it('with none, fails with one line saying how to get one (a managed path that is not installed does not count)', () => {
    for (const lookup of [machine([]), machine([], {}, new Error('no registry')), machine([], {}, '')]) {
      let message = '';
      try {
        findChromium(lookup);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/^No Chromium found: install one \(Debian: `sudo apt-get install chromium`\) or set CHROME_PATH/);
      expect(message).not.toContain('\n');
    }
  });
});
