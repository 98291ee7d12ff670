import { describe, expect, it } from 'vitest';
import { findFirefox, howToGetFirefox } from '../../firefox/browser.ts';
import { fileFor } from '../../firefox/server.ts';

const only = (...files: string[]) => (file: string) => files.includes(file);

describe('findFirefox', () => {
  it('takes $FIREFOX_PATH first, then Debian firefox-esr, then firefox', () => {
    expect(findFirefox({ FIREFOX_PATH: '/opt/ff' }, only('/opt/ff', '/usr/bin/firefox-esr'))).toBe('/opt/ff');
    expect(findFirefox({}, only('/usr/bin/firefox-esr', '/usr/bin/firefox'))).toBe('/usr/bin/firefox-esr');
    expect(findFirefox({}, only('/usr/bin/firefox'))).toBe('/usr/bin/firefox');
  });

  it('fails with one line saying how to get one', () => {
    expect(() => findFirefox({}, only())).toThrow(`No Firefox found: ${howToGetFirefox}`);
    expect(() => findFirefox({ FIREFOX_PATH: '/nope' }, only('/usr/bin/firefox-esr'))).toThrow(/FIREFOX_PATH=\/nope does not exist/);
    expect(howToGetFirefox).not.toContain('\n');
  });
});

describe('fileFor (the Firefox run static server)', () => {
  const root = new URL('../../firefox', import.meta.url).pathname;
  it('serves files, and nothing outside its root', () => {
    expect(fileFor(root, '/browser.ts')).toBe(`${root}/browser.ts`);
    expect(fileFor(root, '/missing.html')).toBeUndefined();
    expect(fileFor(root, '/../../package.json')).toBeUndefined();
    expect(fileFor(root, '/%2e%2e/%2e%2e/package.json')).toBeUndefined();
  });
});
