// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Packages the engine must never import: it is pure TypeScript, testable in Node. */
const uiPackages = ['preact', 'preact/*', 'astro', 'astro:*', 'astro/*', '@observablehq/plot', '@astrojs/*', 'linkedom', 'katex'];

export default defineConfig(
  {
    ignores: ['dist/', 'node_modules/', '.astro/', 'test-results/', 'playwright-report/', '**/*.astro', '**/*.mdx'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // TypeScript checks undefined names itself, with the right globals per file.
      'no-undef': 'off',
    },
  },
  {
    // The engine: no DOM, no UI. Same input, same output.
    files: ['src/engine/**'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiPackages, message: 'The engine (src/engine/) stays free of UI packages.' },
            { group: ['**/components/**'], message: 'src/ never imports from components/.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'requestAnimationFrame', 'HTMLElement', 'location'].map((name) => ({
          name,
          message: 'The engine runs without a DOM.',
        })),
      ],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use the seeded RNG in src/engine/rng/index.ts.' }],
    },
  },
  {
    files: ['src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/components/**', '!**/components/registry.ts', '!**/components/registry-components.ts'], message: 'src/ never imports from components/ (the page that hands the component table to MDX is the one exception).' }] },
      ],
    },
    ignores: ['src/engine/**'],
  },
  {
    // Astro components are typed by Astro's language tools, which typescript-eslint does not load.
    files: ['components/registry-components.ts'],
    rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
  },
  {
    files: ['tests/**', 'bench/**', '*.config.*'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
