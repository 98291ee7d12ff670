import { createHash } from 'node:crypto';
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/**
 * The Content-Security-Policy of the site (astro.config.mjs `security.csp`), delivered by Astro as
 * a <meta http-equiv> tag with a hash of every script and style element it emits.
 *
 * Scripts: only Astro's hashed inline scripts and our own files ('self'). Nothing else runs.
 * Style elements: Astro's hashed ones, plus the one <style> element Observable Plot puts inside
 * every chart; its text is the same for every chart, so its hash is computed here, once.
 * Style attributes: 'unsafe-inline' for attributes only (style-src-attr). KaTeX positions every
 * glyph with inline style="height:…;vertical-align:…" attributes in the HTML it renders at build
 * time, and Plot sets a few as well; they cannot run code. Style elements stay hashed.
 */
export function plotStyleHash(): `sha256-${string}` {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({ document, marks: [Plot.dot([[0, 0]])] });
  const style = svg.querySelector('style');
  if (!style?.textContent) throw new Error('Observable Plot no longer emits a <style> element: update src/site/csp.ts.');
  return `sha256-${createHash('sha256').update(style.textContent).digest('base64')}`;
}

export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;
