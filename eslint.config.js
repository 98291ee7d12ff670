// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

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
    // The engine: no DOM, no hidden randomness. Same input, same output. Which imports the engine
    // (and every other layer) may have is checked by tools/check-layers.ts, which also reads the
    // .astro and .mdx files this config ignores.
    files: ['src/engine/**'],
    languageOptions: { globals: {} },
    rules: {
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
