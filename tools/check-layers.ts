/**
 * `npm run lint:layers`: fails when an import crosses a layer the wrong way (issue #15). It reads
 * every source file (.ts .tsx .mts .mjs .js .astro .mdx .css), which ESLint cannot (it skips
 * .astro and .mdx), finds each import (tools/import-scan.ts) and checks it against the table in
 * tools/layer-rules.ts. One line per offending import, then exit code 1:
 *
 *   components/widgets/Race/Race.astro:4: imports '../Trainer/model.ts' (resolves to
 *   components/widgets/Trainer/model.ts): a widget imports only its own folder, ...
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findImports, resolveImport, sourceExtensions } from './import-scan.ts';
import type { FoundImport } from './import-scan.ts';
import { brokenRule } from './layer-rules.ts';

/** Folders that hold no project source: dependencies, build output, reports. */
const skippedFolders = new Set(['node_modules', 'dist', 'public', 'test-results', 'playwright-report']);

export interface Violation {
  readonly file: string;
  readonly line: number;
  readonly spec: string;
  /** The project path the import resolves to, or null for a package (or an MDX `export` that names no module). */
  readonly target: string | null;
  readonly kind: FoundImport['kind'];
  readonly rule: string;
}

/** Project source files under `root`, as sorted posix paths relative to it. Dot folders are skipped (.git, .astro). */
export function sourceFiles(root: string, dir = ''): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = dir === '' ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && !skippedFolders.has(entry.name)) files.push(...sourceFiles(root, relative));
    } else if (entry.isFile() && sourceExtensions.includes(path.extname(entry.name))) {
      files.push(relative);
    }
  }
  return files.sort();
}

/** The violations in one file, `text` being its contents. */
export function checkFile(root: string, file: string, text: string): Violation[] {
  const violations: Violation[] = [];
  for (const { spec, line, kind } of findImports(file, text)) {
    const target = resolveImport(root, file, spec);
    const rule = brokenRule(file, spec, target);
    if (rule !== null) violations.push({ file, line, spec, target, kind, rule });
  }
  return violations;
}

/** The violations in the whole project under `root`. */
export function checkTree(root: string): Violation[] {
  return sourceFiles(root).flatMap((file) => checkFile(root, file, readFileSync(path.join(root, file), 'utf8')));
}

export function formatViolation(v: Violation): string {
  if (v.kind === 'mdx' && v.target === null && /\s/.test(v.spec))
    return `${v.file}:${v.line}: has '${v.spec}': ${v.rule}`;
  const resolved = v.target === null ? 'a package' : v.target;
  return `${v.file}:${v.line}: imports '${v.spec}' (resolves to ${resolved}): ${v.rule}`;
}

if (process.argv[1] !== undefined && import.meta.filename === path.resolve(process.argv[1])) {
  const started = performance.now();
  const root = process.cwd();
  const violations = checkTree(root);
  for (const v of violations) console.error(formatViolation(v));
  const ms = Math.round(performance.now() - started);
  if (violations.length > 0) {
    console.error(
      `check-layers: ${violations.length} import(s) cross a layer the wrong way (tools/layer-rules.ts has the rules).`,
    );
    process.exit(1);
  }
  console.log(`check-layers: ${sourceFiles(root).length} files, no import crosses a layer (${ms} ms).`);
}
