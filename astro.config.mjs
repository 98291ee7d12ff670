// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { rehypeKatexStrict } from './src/typeset/rehype-katex-strict.ts';
import { rehypeMathPunctuation } from './src/typeset/rehype-math-punctuation.ts';
import { rehypeMathmlArity } from './src/typeset/rehype-mathml-arity.ts';
import { remarkValidateComponents } from './src/authoring/remark-validate-components.ts';
import { authoringChecks } from './src/authoring/integration.ts';
import { remarkBaseLinks } from './src/site/course/remark-base-links.ts';
import { katexOptions } from './src/typeset/katex.ts';
import { cspDirectives, plotStyleHash } from './src/site/csp.ts';
import { pagefind } from './src/site/search/pagefind.ts';
import { sharedFrames } from './src/site/shared-frames.ts';
import { plotLazyIntl } from './src/site/plot-lazy-intl.ts';
import { fileURLToPath } from 'node:url';

// A project page lives under a sub-path (https://user.github.io/descent/): set BASE_PATH=/descent/
// at build time. Every internal link goes through src/site/course/url.ts, so nothing hard-codes "/".
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://descent.example.org',
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // English at the root, Simplified Chinese under /zh-cn/ (src/i18n/locales.ts lists the same).
  i18n: {
    locales: ['en', 'zh-cn'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  markdown: {
    // Astro 7's default processor (Sätteri) ignores remark/rehype plugins: math needs unified.
    processor: unified({
      remarkPlugins: [remarkMath, remarkValidateComponents, [remarkBaseLinks, { base }]],
      rehypePlugins: [[rehypeKatex, katexOptions], rehypeKatexStrict, rehypeMathPunctuation, rehypeMathmlArity],
    }),
  },
  integrations: [
    // First: every chapter is checked before anything is bundled (src/authoring/preflight.ts).
    authoringChecks(),
    mdx(),
    preact(),
    sharedFrames(),
    pagefind(),
    {
      // client:near, the islands' hydration: see src/site/islands/near-directive.ts.
      name: 'descent-client-near',
      hooks: {
        'astro:config:setup': ({ addClientDirective }) => {
          addClientDirective({
            name: 'near',
            entrypoint: fileURLToPath(new URL('./src/site/islands/near-directive.ts', import.meta.url)),
          });
        },
      },
    },
  ],
  vite: {
    // KaTeX's small fonts would otherwise be inlined as data: URLs; as files they are cached and
    // the CSP can keep font-src to 'self'.
    build: { assetsInlineLimit: 0 },
    // Figure workers (components/widgets/lib/figure-client.ts) are ES modules: Plot's loader
    // (plot.ts) imports its package on demand, which a classic worker's single file cannot do.
    // A worker is bundled with its own plugins: Plot's lazy Intl too, so it stays one copy of Plot.
    worker: { format: 'es', plugins: () => [plotLazyIntl()] },
    plugins: [
      plotLazyIntl(),
      {
        // Astro marks each MDX chapter's module with "use astro:head-inject" and reads the marker
        // itself before bundling (to put the chapter's styles in <head>); the bundler then warns,
        // once per chapter, that it drops the directive, which is harmless. Other warnings pass.
        // Set per environment: Astro's server and prerender builds do not inherit vite.build's.
        name: 'descent-quiet-head-inject',
        configEnvironment: () => ({
          build: {
            rolldownOptions: {
              onwarn(warning, warn) {
                if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
                warn(warning);
              },
            },
          },
        }),
      },
    ],
  },
  // Content-Security-Policy: see src/site/csp.ts for what is allowed and why.
  security: {
    csp: {
      directives: [...cspDirectives],
      // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (it allows compiling
      // WebAssembly, not eval of JavaScript); its scripts are our own files ('self').
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: {
        resources: [{ resource: "'unsafe-inline'", kind: 'attribute' }],
        hashes: [{ hash: plotStyleHash(), kind: 'element' }],
      },
    },
  },
});
