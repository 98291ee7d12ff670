import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkTree, formatViolation, sourceFiles } from '../../../tools/check-layers.ts';
import { engineIndexRule, layers, registryFiles } from '../../../tools/layer-rules.ts';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A project tree in a temporary folder: path -> contents. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'check-layers-'));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** A small project that keeps every rule; each test adds one file to it. */
const clean: Record<string, string> = {
  'src/engine/rng/index.ts': 'export const seed = 1;\n',
  'src/engine/sim/index.ts': "export * from './run.ts';\nexport { seed } from '../rng/index.ts';\n",
  'src/engine/sim/run.ts': "import type { Foo } from './types.ts';\nexport const run = 1;\n",
  'src/engine/sim/types.ts': 'export type Foo = number;\n',
  'src/i18n/ui.ts': "import { run } from '../engine/sim/index.ts';\nexport const ui = run;\n",
  'src/typeset/katex.ts': "import katex from 'katex';\nimport { ui } from '../i18n/ui.ts';\nexport { katex, ui };\n",
  'components/registry.ts': "export const schemas = import.meta.glob('./widgets/*/schema.ts');\n",
  'components/registry-components.ts': "export const all = import.meta.glob('./widgets/*/*.astro');\n",
  'components/widgets/lib/plot.ts':
    "import * as Plot from '@observablehq/plot';\nimport { run } from '../../../src/engine/sim';\nexport { Plot, run };\n",
  'components/widgets/Race/RaceIsland.tsx':
    "import { plot } from '../lib/plot.ts';\nimport { model } from './model.ts';\nimport { ui } from '../../../src/i18n/ui.ts';\nexport const C = () => <div>{plot}{model}{ui}</div>;\n",
  'components/widgets/Race/model.ts': "export const model = 'x';\n",
  'components/widgets/Race/Race.astro':
    "---\nimport RaceIsland from './RaceIsland.tsx';\nimport '../lib/plot.ts';\n---\n<RaceIsland client:visible />\n",
  'components/widgets/Race/race.css': "@import '../lib/shared.css';\n",
  'components/widgets/lib/shared.css': '.a { color: red; }\n',
  'components/blocks/Quiz.astro':
    "---\nimport '../widgets/lib/plot.ts';\n---\n<div />\n<script>\n  import { ui } from '../../src/i18n/ui.ts';\n</script>\n",
  'src/site/views/Chapter.astro':
    "---\nimport { components } from '../../../components/registry-components.ts';\nimport { run } from '../../engine/sim/index.ts';\n---\n<div />\n",
  'src/pages/index.astro': "---\nimport Chapter from '../site/views/Chapter.astro';\n---\n<Chapter />\n",
  'content/chapters/intro.mdx':
    "---\ntitle: Intro\n---\n\nSome prose that mentions import and export.\n\n```ts\nimport { run } from '../src/engine/sim/run.ts';\n```\n\n<Race />\n",
  'tests/unit/run.test.ts':
    "import { run } from '../../src/engine/sim/run.ts';\nimport { model } from '../../components/widgets/Race/model.ts';\n",
  'bench/run.ts': "import { run } from '../src/engine/sim/index.ts';\n",
  'tools/audit.ts': "import { readFileSync } from 'node:fs';\n",
  'astro.config.mjs':
    "import { defineConfig } from 'astro/config';\nimport { schemas } from './components/registry.ts';\n",
};

/** The violations of the clean project plus `extra`, as `file:line -> target` (null: a package). */
function violationsWith(extra: Record<string, string>): string[] {
  return checkTree(tree({ ...clean, ...extra })).map((v) => `${v.file}:${v.line} -> ${v.target ?? v.spec}`);
}

function rulesWith(extra: Record<string, string>): string[] {
  return checkTree(tree({ ...clean, ...extra })).map((v) => v.rule);
}

const ruleOf = (file: string): string => layers.find((l) => l.holds(file))!.rule;

describe('check-layers', () => {
  it('passes a tree that keeps every rule, and reads every kind of source file', () => {
    const root = tree(clean);
    expect(checkTree(root)).toEqual([]);
    expect(sourceFiles(root)).toContain('content/chapters/intro.mdx');
    expect(sourceFiles(root)).toContain('components/widgets/Race/race.css');
  });

  it('skips dependencies, build output and dot folders', () => {
    // Inside the engine, so each file would break a rule if it were read.
    const bad = "import { h } from 'preact';\n";
    const skipped = {
      'src/engine/node_modules/p/index.js': bad,
      'src/engine/dist/a.js': bad,
      'src/engine/.cache/a.ts': bad,
    };
    expect(violationsWith(skipped)).toEqual([]);
    expect(violationsWith({ 'src/engine/build/a.js': bad })).toEqual(['src/engine/build/a.js:1 -> preact']);
  });

  describe('the engine', () => {
    it('imports no UI package', () => {
      expect(
        violationsWith({
          'src/engine/sim/draw.ts': "import { h } from 'preact';\nimport { x } from 'astro:content';\n",
        }),
      ).toEqual(['src/engine/sim/draw.ts:1 -> preact', 'src/engine/sim/draw.ts:2 -> astro:content']);
    });

    it('imports nothing outside src/engine/', () => {
      const found = checkTree(
        tree({ ...clean, 'src/engine/sim/words.ts': "\n\nimport { ui } from '../../i18n/ui.ts';\n" }),
      );
      expect(found.map((v) => `${v.file}:${v.line} -> ${v.target}`)).toEqual([
        'src/engine/sim/words.ts:3 -> src/i18n/ui.ts',
      ]);
      expect(found[0]!.rule).toBe(ruleOf('src/engine/sim/words.ts'));
    });

    it('reaches another engine package only through its index.ts, its own package freely', () => {
      const deep = {
        'src/engine/nn/mlp.ts':
          "import { run } from '../sim/run.ts';\nimport { seed } from '../rng';\nimport type { T } from './types.ts';\n",
      };
      expect(violationsWith(deep)).toEqual(['src/engine/nn/mlp.ts:1 -> src/engine/sim/run.ts']);
      expect(rulesWith(deep)).toEqual([engineIndexRule]);
    });
  });

  it('outside the engine, an engine package is imported through its index (tests/ may reach inside)', () => {
    const deep = "import type { Foo } from '../../engine/sim/types.ts';\n";
    expect(
      violationsWith({
        'src/site/course/a.ts': deep,
        'bench/deep.ts': "const m = await import('../src/engine/sim/run.ts');\n",
      }),
    ).toEqual(['bench/deep.ts:1 -> src/engine/sim/run.ts', 'src/site/course/a.ts:1 -> src/engine/sim/types.ts']);
    expect(
      violationsWith({
        'tests/unit/engine/sim/run.test.ts': "import { run } from '../../../../src/engine/sim/run.ts';\n",
      }),
    ).toEqual([]);
  });

  it('src/i18n/ imports only the engine; src/typeset/ only src/i18n/', () => {
    expect(
      violationsWith({
        'src/i18n/math.ts': "import { katex } from '../typeset/katex.ts';\n",
        'src/typeset/run.ts': "import { run } from '../engine/sim/index.ts';\n",
      }),
    ).toEqual(['src/i18n/math.ts:1 -> src/typeset/katex.ts', 'src/typeset/run.ts:1 -> src/engine/sim/index.ts']);
  });

  describe('widgets', () => {
    it('never import a sibling widget, in script or in CSS', () => {
      expect(
        violationsWith({
          'components/widgets/Trainer/TrainerIsland.tsx':
            "import { model } from '../Race/model.ts';\nexport const T = () => <p>{model}</p>;\n",
          'components/widgets/Trainer/trainer.css':
            "/* @import '../Race/race.css'; in a comment does not count */\n@import url('../Race/race.css');\n",
        }),
      ).toEqual([
        'components/widgets/Trainer/TrainerIsland.tsx:1 -> components/widgets/Race/model.ts',
        'components/widgets/Trainer/trainer.css:2 -> components/widgets/Race/race.css',
      ]);
    });

    it('lib/ imports no widget, and nothing of the site shell', () => {
      expect(
        violationsWith({
          'components/widgets/lib/legend.ts':
            "import { model } from '../Race/model.ts';\nimport { x } from '../../../src/site/csp.ts';\n",
        }),
      ).toEqual([
        'components/widgets/lib/legend.ts:1 -> components/widgets/Race/model.ts',
        'components/widgets/lib/legend.ts:2 -> src/site/csp.ts',
      ]);
    });

    it('blocks import no widget', () => {
      expect(
        violationsWith({
          'components/blocks/Figure.astro': "---\nimport Race from '../widgets/Race/Race.astro';\n---\n<Race />\n",
        }),
      ).toEqual(['components/blocks/Figure.astro:2 -> components/widgets/Race/Race.astro']);
    });
  });

  describe('the site shell', () => {
    it('reaches components/ only through the registry files, including from .astro frontmatter', () => {
      const found = checkTree(
        tree({
          ...clean,
          'src/pages/race.astro':
            "---\nimport { schemas } from '../../components/registry.ts';\n\nimport Race from '../../components/widgets/Race/Race.astro';\n---\n<Race />\n",
        }),
      );
      expect(found.map((v) => `${v.file}:${v.line} -> ${v.target}`)).toEqual([
        'src/pages/race.astro:4 -> components/widgets/Race/Race.astro',
      ]);
      expect(found[0]!.rule).toContain(registryFiles[1]);
    });

    it('sees <script> blocks of .astro files, dynamic imports and import.meta.glob patterns', () => {
      expect(
        violationsWith({
          'src/site/layouts/Base.astro':
            "---\nconst a = 1;\n---\n<p>{a}</p>\n<script>\n  import { model } from '../../../components/widgets/Race/model.ts';\n</script>\n",
          'src/site/search/load.ts': "export const load = () => import('../../../components/blocks/Quiz.astro');\n",
          'src/authoring/guide.ts':
            "export const all = import.meta.glob(['../../components/widgets/*/schema.ts', '!../../components/widgets/lib/*']);\n",
        }),
      ).toEqual([
        'src/authoring/guide.ts:1 -> components/widgets/*/schema.ts',
        'src/site/layouts/Base.astro:6 -> components/widgets/Race/model.ts',
        'src/site/search/load.ts:1 -> components/blocks/Quiz.astro',
      ]);
    });

    it('does not count imports written in strings or comments', () => {
      const text =
        "// import x from '../../components/widgets/Race/model.ts';\nexport const example = \"import x from '../../components/blocks/Quiz.astro'\";\n";
      expect(violationsWith({ 'src/authoring/example.ts': text })).toEqual([]);
    });
  });

  it('the registry imports components/ and the layers below it, not the site shell', () => {
    expect(
      violationsWith({
        'components/registry.ts':
          "import { all } from '../src/authoring/guide.ts';\nimport { ui } from '../src/i18n/ui.ts';\n",
      }),
    ).toEqual(['components/registry.ts:1 -> src/authoring/guide.ts']);
  });

  it('a chapter (.mdx) has no import or export, outside code fences', () => {
    expect(
      violationsWith({
        'content/chapters/zh-cn/intro.mdx':
          "---\ntitle: x\n---\n\nimport Race from '../../../components/widgets/Race/Race.astro';\nexport const n = 3;\n\n~~~\nimport a from 'b';\n~~~\n",
      }),
    ).toEqual([
      'content/chapters/zh-cn/intro.mdx:5 -> components/widgets/Race/Race.astro',
      'content/chapters/zh-cn/intro.mdx:6 -> export const n = 3;',
    ]);
  });

  it('names an MDX export that imports nothing as a statement, not as a package', () => {
    const [v] = checkTree(tree({ ...clean, 'content/chapters/x.mdx': 'export const n = 3;\n' }));
    expect(formatViolation(v!)).toBe(
      `content/chapters/x.mdx:1: has 'export const n = 3;': ${ruleOf('content/chapters/x.mdx')}`,
    );
  });

  it('reads declaration files too', () => {
    expect(violationsWith({ 'src/engine/sim/globals.d.ts': "import type { JSX } from 'preact';\n" })).toEqual([
      'src/engine/sim/globals.d.ts:1 -> preact',
    ]);
  });

  it('prints file:line, the import as written, what it resolves to and the rule', () => {
    const [v] = checkTree(
      tree({ ...clean, 'components/widgets/Trainer/model.ts': "import { model } from '../Race/model';\n" }),
    );
    expect(formatViolation(v!)).toBe(
      `components/widgets/Trainer/model.ts:1: imports '../Race/model' (resolves to components/widgets/Race/model.ts): ${ruleOf('components/widgets/Trainer/model.ts')}`,
    );
  });

  it('as a command, exits 1 naming each offending import, 0 on a clean tree', () => {
    const command = path.resolve('tools/check-layers.ts');
    const run = (root: string): { status: number; output: string } => {
      try {
        return {
          status: 0,
          output: execFileSync(process.execPath, [command], { cwd: root, encoding: 'utf8', stdio: 'pipe' }),
        };
      } catch (error) {
        const e = error as { status: number; stderr: string };
        return { status: e.status, output: e.stderr };
      }
    };
    expect(run(tree(clean)).status).toBe(0);
    const failed = run(tree({ ...clean, 'src/engine/sim/ui.ts': "import { h } from 'preact';\n" }));
    expect(failed.status).toBe(1);
    expect(failed.output).toContain("src/engine/sim/ui.ts:1: imports 'preact' (resolves to a package): the engine");
    // Two Node processes that each load the TypeScript compiler: slow on a busy machine.
  }, 30_000);
});
