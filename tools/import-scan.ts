/**
 * Finds every import in a project source file, for tools/check-layers.ts. Script is parsed with
 * the TypeScript compiler rather than matched with regular expressions, so an import written
 * inside a string or a comment (a test fixture, an example in a doc comment) is not mistaken for
 * a real one. Plain TypeScript that Node runs with type stripping.
 */
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as TypeScript from 'typescript';

// Loaded with require: as an ES import, Node first parses the 9 MB CommonJS file to detect its
// module format, which took most of the checker's time.
const ts = createRequire(import.meta.url)('typescript') as typeof TypeScript;

export interface FoundImport {
  /** The specifier as written: `'../engine/sim/index.ts'`, `'preact/hooks'`, a glob pattern. */
  readonly spec: string;
  /** 1-based line in the file. */
  readonly line: number;
  /** What kind of statement it is: `import`/`export … from`, `import()`, `import.meta.glob`, CSS `@import`, or a line of MDX. */
  readonly kind: 'static' | 'dynamic' | 'glob' | 'css' | 'mdx';
}

/** The file kinds the checker reads. */
export const sourceExtensions = [
  '.ts',
  '.tsx',
  '.mts',
  '.cts',
  '.js',
  '.jsx',
  '.mjs',
  '.cjs',
  '.astro',
  '.mdx',
  '.css',
];

/** Imports in a block of script that starts on line `firstLine` of its file. */
function scriptImports(code: string, firstLine: number, jsx: boolean): FoundImport[] {
  const kind = jsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile('x.tsx', code, ts.ScriptTarget.Latest, false, kind);
  const found: FoundImport[] = [];
  const add = (node: TypeScript.Node, spec: string, what: FoundImport['kind']): void => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + firstLine;
    found.push({ spec, line, kind: what });
  };
  const visit = (node: TypeScript.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      add(node, node.moduleSpecifier.text, 'static');
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const ref = node.moduleReference.expression;
      if (ts.isStringLiteral(ref)) add(node, ref.text, 'static');
    } else if (ts.isImportTypeNode(node)) {
      const arg = node.argument;
      if (ts.isLiteralTypeNode(arg) && ts.isStringLiteral(arg.literal)) add(node, arg.literal.text, 'dynamic');
    } else if (ts.isCallExpression(node)) {
      const [first] = node.arguments;
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        if (first && ts.isStringLiteralLike(first)) add(node, first.text, 'dynamic');
      } else if (isMetaGlob(node.expression)) {
        // A glob takes one pattern or an array of them; a leading '!' excludes, and excluding reaches nothing.
        const patterns = first && ts.isArrayLiteralExpression(first) ? first.elements : first ? [first] : [];
        for (const p of patterns) if (ts.isStringLiteralLike(p) && !p.text.startsWith('!')) add(p, p.text, 'glob');
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** `import.meta.glob` (Vite's, also in Astro files). */
function isMetaGlob(node: TypeScript.Expression): boolean {
  return (
    ts.isPropertyAccessExpression(node) &&
    node.name.text === 'glob' &&
    ts.isMetaProperty(node.expression) &&
    node.expression.keywordToken === ts.SyntaxKind.ImportKeyword
  );
}

/** The line (1-based) on which character `index` of `text` stands. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** CSS `@import 'x'` / `@import url(x)` in a block of CSS starting on line `firstLine`. */
function cssImports(css: string, firstLine: number): FoundImport[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  const pattern = /@import\s+(?:url\(\s*)?(['"]?)([^'")\s;]+)\1/g;
  return [...withoutComments.matchAll(pattern)].map((m) => ({
    spec: m[2]!,
    line: lineAt(withoutComments, m.index) + firstLine - 1,
    kind: 'css' as const,
  }));
}

/**
 * Every `import`/`export` statement of an MDX file, outside fenced code blocks. Chapters have
 * none (their tags come from the registry), so an `export const` counts as well: its spec is the
 * module it names, or the statement itself when it names none.
 */
function mdxImports(text: string): FoundImport[] {
  const found: FoundImport[] = [];
  let fence: string | null = null;
  text.split('\n').forEach((raw, i) => {
    const marker = /^\s*(`{3,}|~{3,})/.exec(raw)?.[1];
    if (marker && (fence === null || marker.startsWith(fence))) {
      fence = fence === null ? marker : null;
      return;
    }
    if (fence !== null || !/^(import|export)\b/.test(raw)) return;
    const named = /(?:from\s*|^import\s*)(['"])([^'"]+)\1/.exec(raw);
    found.push({ spec: named?.[2] ?? raw.trim(), line: i + 1, kind: 'mdx' });
  });
  return found;
}

/** An Astro file: the frontmatter and every `<script>` is script, every `<style>` is CSS. */
function astroImports(text: string): FoundImport[] {
  const found: FoundImport[] = [];
  const front = /^---[^\n]*\n([\s\S]*?)^---/m.exec(text);
  if (front && text.slice(0, front.index).trim() === '')
    found.push(...scriptImports(front[1]!, lineAt(text, front.index) + 1, false));
  for (const m of text.matchAll(/<(script|style)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
    const bodyStart = m.index + m[0].indexOf('>') + 1;
    const firstLine = lineAt(text, bodyStart);
    found.push(...(m[1] === 'script' ? scriptImports(m[2]!, firstLine, false) : cssImports(m[2]!, firstLine)));
  }
  return found;
}

/** Every import in `text`, the contents of file `file` (its extension says how to read it). */
export function findImports(file: string, text: string): FoundImport[] {
  const ext = path.extname(file);
  if (ext === '.astro') return astroImports(text);
  if (ext === '.mdx') return mdxImports(text);
  if (ext === '.css') return cssImports(text, 1);
  return scriptImports(text, 1, ext === '.tsx' || ext === '.jsx');
}

/** Vite-style suffixes that do not change which file is meant. */
function withoutQuery(spec: string): string {
  return spec.replace(/[?#].*$/, '');
}

/**
 * The project path (posix, relative to `root`) that `spec`, written in `file`, points at, or null
 * for a package (`preact`, `astro:content`, `node:fs`). A leading `/` is the project root, as in
 * Vite. An extensionless path resolves as TypeScript would (`.ts`, `.tsx`, a folder's index).
 * A glob pattern resolves to the pattern itself.
 */
export function resolveImport(root: string, file: string, spec: string): string | null {
  const clean = withoutQuery(spec);
  let target: string;
  if (clean.startsWith('./') || clean.startsWith('../') || clean === '.' || clean === '..') {
    target = path.posix.join(path.posix.dirname(file), clean);
  } else if (clean.startsWith('/')) {
    target = path.posix.normalize(clean.slice(1));
  } else {
    return null;
  }
  if (/[*?{[]/.test(target) || existsAsFile(root, target)) return target;
  for (const candidate of [
    ...['.ts', '.tsx', '.js', '.mjs'].map((e) => target + e),
    `${target}/index.ts`,
    `${target}/index.tsx`,
  ]) {
    if (existsAsFile(root, candidate)) return candidate;
  }
  return target;
}

function existsAsFile(root: string, relative: string): boolean {
  const full = path.join(root, relative);
  return existsSync(full) && statSync(full).isFile();
}
