/**
 * Promises of the toolchain that no other test would notice breaking: one KaTeX in the tree
 * (the build's and the components' renderings agree, and rehype-katex does not bring its own),
 * and Node: Astro 7 needs Node >= 22.12, which every `npm run` script gets from the `node`
 * devDependency on a machine whose own Node is older (Node 20 here).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../../..');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(repo, file), 'utf8')) as Record<string, unknown>;
const pkg = readJson('package.json') as {
  engines: { node: string };
  devDependencies: Record<string, string>;
  overrides?: Record<string, string>;
};
const lock = readJson('package-lock.json') as { packages: Record<string, { version?: string }> };

describe('exactly one KaTeX version', () => {
  it('in the lock file: every katex is one package (what `npm ls katex` shows deduped)', () => {
    const copies = Object.entries(lock.packages).filter(([where]) => /(^|\/)node_modules\/katex$/.test(where));
    expect(copies.map(([where]) => where)).toEqual(['node_modules/katex']);
    // rehype-katex depends on an older KaTeX: the override makes it use ours.
    expect(pkg.overrides?.['katex']).toBe('$katex');
  });

  it('in node_modules: rehype-katex and the course resolve the same katex', () => {
    const fromRepo = createRequire(path.join(repo, 'package.json'));
    const ours = fromRepo.resolve('katex/package.json');
    for (const dependent of ['rehype-katex', 'micromark-extension-math']) {
      const within = createRequire(path.join(repo, 'node_modules', dependent, 'package.json'));
      expect(within.resolve('katex/package.json'), dependent).toBe(ours);
    }
  });
});

describe('Node', () => {
  it('the project asks for Node >= 22.12, and npm scripts run on the node devDependency (24)', () => {
    expect(pkg.engines.node).toBe('>=22.12');
    expect(pkg.devDependencies['node']).toMatch(/^\^?24\./);
    // This test itself runs under `npm run test:unit`, i.e. on that Node, whatever the machine's is.
    if (process.env['npm_lifecycle_event']) expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
  });
});
