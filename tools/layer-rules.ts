/**
 * The layers of the project and which way an import may cross them (issue #15; STYLE.md, "The
 * layers"). tools/check-layers.ts applies this table to every import of every source file.
 * Paths are posix, relative to the project root; a path ending in `/` means the whole folder.
 */

/**
 * The only files through which the site shell reaches components/: the tag table and the
 * tag -> component table handed to MDX. Rename a registry file here and nowhere else.
 */
export const registryFiles: readonly string[] = ['components/registry.ts', 'components/registry-components.ts'];

/** Packages the engine never imports: it is pure TypeScript that runs in Node without a DOM. */
export const uiPackages: readonly string[] = [
  'preact',
  'astro',
  '@astrojs/',
  '@observablehq/plot',
  'katex',
  'linkedom',
  'rehype-',
  'remark-',
];

export interface Layer {
  /** Shown in every violation: the rule, in one sentence. */
  readonly rule: string;
  /** Does this layer hold `file`? The first layer of the table that does is the file's. */
  readonly holds: (file: string) => boolean;
  /**
   * Project paths this layer may import (prefixes), or `'anything'`. `file` lets a widget name
   * its own folder.
   */
  readonly mayImport: (file: string) => readonly string[] | 'anything';
  /** Project paths it never imports, checked after `mayImport` (the site: components/, bar the registry). */
  readonly mayNotImport?: (target: string) => boolean;
  /** Packages it never imports (prefixes of the package name); `'all'` for none at all. */
  readonly noPackages?: readonly string[] | 'all';
  /** May it import an engine file other than a package's index.ts? (Tests check internals.) */
  readonly reachesInsideEngine?: boolean;
}

const under =
  (...folders: string[]) =>
  (file: string): boolean =>
    folders.some((f) => (f.endsWith('/') ? file.startsWith(f) : file === f));

/** `components/widgets/Race/` for a file of the Race widget; '' outside a widget. */
export function widgetFolderOf(file: string): string {
  const m = /^components\/widgets\/([^/]+)\//.exec(file);
  return m && m[1] !== 'lib' ? `components/widgets/${m[1]}/` : '';
}

const engine = 'src/engine/';
const i18n = 'src/i18n/';
const typeset = 'src/typeset/';
const widgetsLib = 'components/widgets/lib/';
const blocks = 'components/blocks/';

export const layers: readonly Layer[] = [
  {
    rule: 'the engine (src/engine/) imports only the engine, and no UI package',
    holds: under(engine),
    mayImport: () => [engine],
    noPackages: uiPackages,
  },
  {
    rule: 'src/i18n/ imports only itself and the engine',
    holds: under(i18n),
    mayImport: () => [i18n, engine],
  },
  {
    rule: 'src/typeset/ imports only itself and src/i18n/',
    holds: under(typeset),
    mayImport: () => [typeset, i18n],
  },
  {
    rule: 'components/widgets/lib/ imports only itself, the engine, src/i18n/ and src/typeset/',
    holds: under(widgetsLib),
    mayImport: () => [widgetsLib, engine, i18n, typeset],
  },
  {
    rule: 'a widget imports only its own folder, components/widgets/lib/, the engine, src/i18n/ and src/typeset/ (never a sibling widget)',
    holds: (file) => widgetFolderOf(file) !== '',
    mayImport: (file) => [widgetFolderOf(file), widgetsLib, engine, i18n, typeset],
  },
  {
    rule: 'components/blocks/ imports only blocks, components/widgets/lib/, the engine, src/i18n/ and src/typeset/',
    holds: under(blocks),
    mayImport: () => [blocks, widgetsLib, engine, i18n, typeset],
  },
  {
    // Not src/authoring/: that imports the registry.
    rule: 'the registry imports only components/, the engine, src/i18n/ and src/typeset/',
    holds: under(...registryFiles),
    mayImport: () => ['components/', engine, i18n, typeset],
  },
  {
    rule: `the site (src/, astro.config.mjs) reaches components/ only through ${registryFiles.join(' or ')}`,
    holds: under('src/', 'astro.config.mjs'),
    mayImport: () => 'anything',
    mayNotImport: (target) => target.startsWith('components/') && !registryFiles.includes(target),
  },
  {
    rule: 'a chapter (content/) has no imports or exports: its tags come from the registry',
    holds: under('content/'),
    mayImport: () => [],
    noPackages: 'all',
  },
  {
    rule: 'tests/ may import anything, engine internals included (they test them)',
    holds: under('tests/'),
    mayImport: () => 'anything',
    reachesInsideEngine: true,
  },
  {
    rule: 'bench/, tools/ and the root config files import the engine through its package indexes',
    holds: () => true,
    mayImport: () => 'anything',
  },
];

/** `src/engine/sim/` for any file of the sim package; '' outside the engine. */
export function enginePackageOf(file: string): string {
  const m = /^src\/engine\/([^/]+)\//.exec(file);
  return m ? `src/engine/${m[1]}/` : '';
}

export const engineIndexRule =
  'an engine package is imported only through its index.ts (export what is missing from there)';

/**
 * Is `name` (an import of a package) the package `banned` or inside it? `'preact'` bans
 * `preact` and `preact/hooks`, `'astro'` also `astro:content`; a ban ending in `/` or `-` is a
 * prefix (`'@astrojs/'`, `'rehype-'`).
 */
function isPackage(name: string, banned: string): boolean {
  if (banned.endsWith('/') || banned.endsWith('-')) return name.startsWith(banned);
  return name === banned || name.startsWith(`${banned}/`) || name.startsWith(`${banned}:`);
}

/**
 * Why `file` may not import `target` (a project path, or null for a package named `spec`), or
 * null when it may.
 */
export function brokenRule(file: string, spec: string, target: string | null): string | null {
  // The last layer holds every file.
  const layer = layers.find((l) => l.holds(file))!;
  if (target === null) {
    const banned = layer.noPackages === 'all' || (layer.noPackages ?? []).some((p) => isPackage(spec, p));
    return banned ? layer.rule : null;
  }
  const allowed = layer.mayImport(file);
  if (allowed !== 'anything' && !allowed.some((prefix) => target.startsWith(prefix))) return layer.rule;
  if (layer.mayNotImport?.(target)) return layer.rule;
  const pkg = enginePackageOf(target);
  const ownPackage = pkg !== '' && enginePackageOf(file) === pkg;
  if (pkg !== '' && !ownPackage && !layer.reachesInsideEngine && target !== `${pkg}index.ts`) return engineIndexRule;
  return null;
}
