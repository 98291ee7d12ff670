import type { z } from 'zod';
import { componentSchemas, registry, type RegisteredComponent } from '../../components/registry.ts';
import { mdxSnippet, minimalProps } from './props-table.ts';
import type { GuideExample } from './guide-example.ts';
import { guideTranslations } from './guide-translations.ts';
import { defaultLocale, type Locale } from '../i18n/locales.ts';

/**
 * The example of each component shown in the author guide (/authoring/ and `npm run docs:props`): its
 * props, a Markdown body (the children, for blocks that wrap text) and, for <Figure>, the widget
 * placed after the formula. The MDX snippet is generated from these, so what the guide renders
 * and what it tells authors to copy are the same thing.
 */
export const blockExamples: Record<string, GuideExample> = {
  Objectives: {
    props: {},
    note: 'It takes no children. On this page, two sample objectives stand in for a chapter’s.',
  },
  TryThis: {
    props: {},
    body: '- Drag the learning rate toward 0.01: each step is tiny.\n- Push $\\alpha$ past 1 and watch the run diverge.',
  },
  Pitfall: {
    props: {},
    body: 'No learning rate is safe in general: on a quadratic with curvature $\\lambda$, gradient descent converges only when $\\alpha < 2/\\lambda$.',
  },
  DeepDive: {
    props: { title: 'Why the limit is 2 over the curvature' },
    body: 'On $L(w) = \\tfrac{\\lambda}{2} w^2$ one step multiplies $w$ by $1 - \\alpha\\lambda$, which shrinks $w$ only when $|1 - \\alpha\\lambda| < 1$.',
  },
  Recap: {
    props: {},
    body: '- Gradient descent steps against the slope.\n- The learning rate sets the stride.',
  },
  Quiz: {
    props: {
      id: 'guide-sign',
      question: 'At the current weight, $\\frac{dL}{dw} = 3$. Which way does gradient descent move $w$?',
      choices: ['It increases w', 'It decreases w'],
      answer: 1,
    },
    body: 'The update subtracts $\\alpha \\cdot 3$, so $w$ decreases.',
    note: 'Leave out `choices` and `answer` for a question whose answer is revealed on request. Progress is kept in the reader’s browser (localStorage) only.',
  },
  Figure: {
    props: { caption: 'Each step moves $w$ against the slope.' },
    body: '$$\nw_{t+1} = w_t - \\htmlData{sym=lr}{\\alpha} \\, \\frac{dL}{dw}(w_t)\n$$',
    inner: { name: 'GdParabola', props: { id: 'guide-figure' } },
    note: 'The formula (and any short notes) first, the widget last. Side by side on wide screens, stacked on phones.',
  },
  Rule: {
    props: { optimizer: 'adam' },
    note: 'Use it for every optimizer update rule: it renders the LaTeX the engine exports, so the page shows exactly what runs. `biasCorrection={false}` shows Adam without bias correction.',
  },
  EngineSource: {
    props: { optimizer: 'sgd' },
    note: 'Put one in each optimizer chapter, after the rule is explained. The file is read when the page is built, so it is always the code that runs; the link opens the rule in the cell of the "Write your own optimizer" chapter.',
  },
};

/**
 * The guide's example for any component: the hand-written one for blocks (in the guide's
 * language, see guide-translations.ts); for widgets, the `example` their schema.ts may export,
 * else the fewest props that validate (usually none, so the widget shows with its defaults).
 * Widgets translate themselves, so their examples are the same in every language.
 */
export function exampleFor(
  name: string,
  schema: z.ZodType = componentSchemas[name] as z.ZodType,
  locale: Locale = defaultLocale,
): GuideExample {
  const block = guideTranslations[locale]?.blockExamples[name] ?? blockExamples[name];
  if (block) return block;
  const example = registry.find((c) => c.name === name)?.example;
  return { props: example ?? minimalProps(name, schema) };
}

/** The MDX an author copies for the example. */
export function exampleSnippet(name: string, example: GuideExample): string {
  const inner = example.inner ? mdxSnippet(example.inner.name, example.inner.props) : undefined;
  const body = [example.body, inner].filter((part) => part !== undefined).join('\n\n');
  return mdxSnippet(name, example.props, body || undefined);
}

/** Every component in the guide's order, the registry's: blocks as listed there, then widgets A to Z. */
export const guideComponents: readonly RegisteredComponent[] = registry;
