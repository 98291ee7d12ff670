/**
 * Widgets in every language of the course.
 *
 * How a widget is localized (GdParabola is the worked example):
 *
 * 1. The wrapper `<Name>.astro` passes the page's language to the island:
 *      const locale = toLocale(Astro.currentLocale);
 *      <NameIsland client:near {...props} locale={locale} />
 *    (`locale` is not part of the author-facing schema: authors never set it.)
 * 2. The island's default export is wrapped: `export default withLocale(NameIsland)`, so that
 *    `useLocale()` and the toolkit's components (WidgetFrame, Slider, StepPlayer, ...) know it.
 * 3. Strings live beside the widget in `strings.ts`, one object per language of the same type,
 *    so a missing translation is a type error:
 *      export const strings = defineStrings({ en: {...}, 'zh-cn': {...} });
 *    and the island reads them with `const s = useStrings(strings)`. Sentences with numbers are
 *    functions: `status: (step: number, loss: string) => ...`. Numbers go through fmt() in both
 *    languages; Chinese text puts a space between a Chinese character and a number or Latin word.
 * 4. Pure helpers in model.ts that build sentences take the strings object (or the locale) as an
 *    argument; they never import a language themselves.
 *
 * The e2e test "no untranslated UI string on zh-cn pages" reads every widget's visible text and
 * aria-labels on /zh-cn/ chapters: any run of English words there (outside math, numbers,
 * optimizer names and units) fails it.
 */
import { createContext, type ComponentType, type FunctionComponent } from 'preact';
import { typesetPowers } from './format.ts';
import { useContext } from 'preact/hooks';
import { defaultLocale, toLocale, type Locale } from '../../../src/i18n/locales.ts';
import { explainDivergence, type RunDivergenceKind } from '../../../src/engine/sim/index.ts';
import { optimizerTitles, type OptimizerName } from '../../../src/engine/optim/index.ts';
import type { TrainDivergenceKind } from '../../../src/engine/sim/index.ts';
import { WidgetPlaceProvider } from './embed-context.tsx';

export type { Locale } from '../../../src/i18n/locales.ts';
export { toLocale } from '../../../src/i18n/locales.ts';

const LocaleContext = createContext<Locale>(defaultLocale);

/** The language of the page the widget is on. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** One strings object per language, of one shape. */
export type Strings<T> = Readonly<Record<Locale, T>>;

/** Declares a widget's strings; the type parameter is inferred from the English object. */
export function defineStrings<T>(table: { en: T; 'zh-cn': NoInfer<T> }): Strings<T> {
  return table;
}

/** The strings of the page's language. */
export function useStrings<T>(table: Strings<T>): T {
  return table[useLocale()];
}

/**
 * Wraps an island so everything inside knows the page's language. The wrapper `.astro` passes
 * `locale`; a widget rendered without it (a unit test, say) is English.
 */
export function withLocale<P extends object>(Island: ComponentType<P>): FunctionComponent<P & { locale?: string; page?: string }> {
  function Localized(props: P & { locale?: string; page?: string }) {
    // The wrapper also passes `page` (Astro.url.pathname): with the widget's id it gives the
    // widget's embed page and share link (embed-context.tsx).
    const id = (props as { id?: unknown }).id;
    return (
      <LocaleContext.Provider value={toLocale(props.locale)}>
        <WidgetPlaceProvider id={typeof id === 'string' ? id : undefined} page={props.page}>
          <Island {...props} />
        </WidgetPlaceProvider>
      </LocaleContext.Provider>
    );
  }
  Localized.displayName = `withLocale(${Island.displayName ?? Island.name})`;
  return Localized;
}

/** Separator between list items and the full stop, per language. */
export const punctuation = defineStrings({
  en: { comma: ', ', stop: '.', colon: ': ', open: ' (', close: ')' },
  'zh-cn': { comma: '，', stop: '。', colon: '：', open: '（', close: '）' },
});

const divergence = defineStrings({
  en: {
    // English is the engine's own sentence, its limits typeset (10¹², not 1e12).
    run: (kind: RunDivergenceKind, step: number): string => typesetPowers(explainDivergence(kind, step)),
    train: (kind: TrainDivergenceKind, step: number): string => {
      const what = {
        'non-finite loss': 'The loss became infinite or undefined',
        'loss too large': 'The loss exceeded 10¹²',
        'non-finite weight': 'A weight became infinite or undefined',
        'weight too large': 'A weight exceeded 10⁸ in size',
      }[kind];
      return step === 0
        ? `${what} at the initial weights, before any step.`
        : `${what} at step ${step}: the learning rate is too large for this network.`;
    },
  },
  'zh-cn': {
    run: (kind: RunDivergenceKind, step: number): string => {
      const tooLarge = '对这个曲面来说，学习率太大了';
      switch (kind) {
        case 'non-finite gradient':
          return `第 ${step} 步时梯度变成了无穷大或无定义：函数在那里太陡，无法继续。`;
        case 'weight too large':
          return `第 ${step} 步时有参数的绝对值超过了 10⁸：${tooLarge}。`;
        case 'non-finite weight':
          return `第 ${step} 步时参数变成了无穷大或无定义：${tooLarge}。`;
        case 'non-finite loss':
          return `第 ${step} 步时损失变成了无穷大或无定义：${tooLarge}。`;
        case 'loss too large':
          return `第 ${step} 步时损失超过了 10¹²：${tooLarge}。`;
        case 'loss unbounded below':
          return `第 ${step} 步时损失低于 −10¹²：这个函数似乎没有下界。`;
      }
    },
    train: (kind: TrainDivergenceKind, step: number): string => {
      const what = {
        'non-finite loss': '损失变成了无穷大或无定义',
        'loss too large': '损失超过了 10¹²',
        'non-finite weight': '有权重变成了无穷大或无定义',
        'weight too large': '有权重的绝对值超过了 10⁸',
      }[kind];
      return step === 0 ? `初始权重下${what}，还没走任何一步。` : `第 ${step} 步时${what}：对这个网络来说，学习率太大了。`;
    },
  },
});

/**
 * The sentence for a diverged run in the page's language. Pass the engine's `diverged` object
 * (from runOnProblem/runWithGrad, or a trainer). English is the engine's own `reason`, its powers of ten typeset.
 */
export function useDivergenceText(): {
  run: (d: { kind: RunDivergenceKind; step: number }) => string;
  train: (d: { kind: TrainDivergenceKind; step: number }) => string;
} {
  const s = useStrings(divergence);
  return { run: (d) => s.run(d.kind, d.step), train: (d) => s.train(d.kind, d.step) };
}

/** Same, outside components (model.ts helpers). */
export function divergenceText(locale: Locale) {
  const s = divergence[locale];
  return {
    run: (d: { kind: RunDivergenceKind; step: number }) => s.run(d.kind, d.step),
    train: (d: { kind: TrainDivergenceKind; step: number }) => s.train(d.kind, d.step),
  };
}

/**
 * The optimizers' display names in a language. The methods' own names (Momentum, Nesterov (NAG),
 * Adagrad, RMSProp, Adam) stay as they are in every language; "Gradient descent" is a phrase.
 */
export function optimizerTitlesOf(locale: Locale): Readonly<Record<OptimizerName, string>> {
  return locale === 'zh-cn' ? { ...optimizerTitles, sgd: '梯度下降' } : optimizerTitles;
}
