import { classicOptimizerNames, optimizerNames } from '../engine/optim/index.ts';
import type { Locale } from '../i18n/locales.ts';
import type { GuideExample } from './guide-example.ts';

/**
 * The author guide in a language other than English (/zh-cn/authoring/): the examples of the
 * teaching blocks (so the snippets a translator copies are in their language), and the texts the
 * English guide takes from `.describe()` in the schemas, for the frontmatter and the teaching
 * blocks. Widgets' descriptions are not translated here: there are over a hundred, they change
 * with the widgets, and they are shown in English (marked `lang="en"`). Anything missing falls
 * back to the English text the same way; tests/unit/authoring/guide-translations.test.ts keeps this
 * table in step with the schemas.
 */
export interface GuideTranslation {
  /** The example of each teaching block, replacing the English one (same props, same ids). */
  blockExamples: Readonly<Record<string, GuideExample>>;
  /** A component's one-line summary, by tag name. */
  summaries: Readonly<Record<string, string>>;
  /** A component's prop descriptions, by tag name then prop name. */
  props: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** The frontmatter fields' descriptions, by field name. */
  frontmatter: Readonly<Record<string, string>>;
}

const heading = '区块上显示的标题。';

export const guideTranslations: Readonly<Partial<Record<Locale, GuideTranslation>>> = {
  'zh-cn': {
    blockExamples: {
      Objectives: {
        props: {},
        note: '它不接受子内容。本页用两条示例目标代替章节自己的学习目标。',
      },
      TryThis: {
        props: {},
        body: '- 把学习率往 0.01 拖：每一步都很小。\n- 把 $\\alpha$ 推过 1，看着这次运行发散。',
      },
      Pitfall: {
        props: {},
        body: '没有哪个学习率在任何情况下都安全：在曲率为 $\\lambda$ 的二次函数上，只有 $\\alpha < 2/\\lambda$ 时梯度下降才会收敛。',
      },
      DeepDive: {
        props: { title: '为什么上限是 2 除以曲率' },
        body: '在 $L(w) = \\tfrac{\\lambda}{2} w^2$ 上，每走一步 $w$ 都乘以 $1 - \\alpha\\lambda$；只有 $|1 - \\alpha\\lambda| < 1$ 时，$w$ 才会越来越小。',
      },
      Recap: {
        props: {},
        body: '- 梯度下降逆着斜率走。\n- 学习率决定每一步迈多大。',
      },
      Quiz: {
        props: {
          id: 'guide-sign',
          question: '在当前权重处 $\\frac{dL}{dw} = 3$。梯度下降会让 $w$ 往哪个方向变？',
          choices: ['$w$ 变大', '$w$ 变小'],
          answer: 1,
        },
        body: '更新要减去 $\\alpha \\cdot 3$，所以 $w$ 变小。',
        note: '不给 `choices` 和 `answer`，就是一道点一下才显示答案的问答题。答题进度只保存在读者自己的浏览器里（localStorage）。同一道题在各语言版本中用同一个 `id`：这里的 `guide-sign` 与英文页相同。',
      },
      Figure: {
        props: { caption: '每一步都让 $w$ 逆着斜率移动。' },
        body: '$$\nw_{t+1} = w_t - \\htmlData{sym=lr}{\\alpha} \\, \\frac{dL}{dw}(w_t)\n$$',
        inner: { name: 'GdParabola', props: { id: 'guide-figure' } },
        note: '先放公式（以及简短的说明），最后放交互组件。宽屏上两者左右并排，手机上上下堆叠。',
      },
      Rule: {
        props: { optimizer: 'adam' },
        note: '凡是优化器的更新规则都用它来写：它渲染的是引擎导出的 LaTeX，页面上显示的正是实际运行的公式。`biasCorrection={false}` 显示不带偏差修正的 Adam。',
      },
      EngineSource: {
        props: { optimizer: 'sgd' },
        note: '每个优化器章节放一个，放在更新规则讲完之后。源文件在构建页面时读取，所以显示的永远是实际运行的代码；链接会在“自己写一个优化器”一章的单元格中打开这条规则。',
      },
    },
    summaries: {
      Objectives: '列出本章 frontmatter 里的 objectives，学习目标因此只需写一次。',
      TryThis: '围绕上方交互组件的几个小实验。',
      Pitfall: '一个常见错误，以及怎样避开它。',
      DeepDive: '可选的深入内容，默认折叠。',
      Recap: '本章要点。',
      Quiz: '一道自测题。解释（标签之间的内容）在读者要求之前一直隐藏。',
      Figure: '公式与运行它的交互组件并排：先放公式，再放组件。手机上上下堆叠。',
      Rule: '某个优化器的更新规则，取自引擎导出的 LaTeX：显示的就是实际运行的公式。',
      EngineSource:
        '“实际运行的代码”，默认折叠：引擎中该优化器的源文件（构建时读取并高亮），以及用单元格语言写的同一条规则，附一个在单元格中打开它的链接。',
    },
    props: {
      Objectives: { title: heading },
      TryThis: { title: heading },
      Pitfall: { title: heading },
      DeepDive: { title: '折叠时显示的摘要行（必填）。', open: '初始即展开。' },
      Recap: { title: heading },
      Quiz: {
        id: '在本章内唯一，也是保存答题进度的键；同一道题在各语言版本中的 id 必须相同。',
        question: '题目。其中的行内数学公式 \\$...\\$ 会被渲染。',
        choices: '选择题的选项；不给就是一道点击显示答案的问答题。',
        answer: '正确选项的下标（从 0 开始）。',
      },
      Figure: { caption: '这一对内容下方的图注。其中的行内数学公式 \\$...\\$ 会被渲染。' },
      Rule: {
        optimizer: `哪个优化器：${classicOptimizerNames.join('、')}。`,
        biasCorrection: '仅用于 Adam：设为 false 时显示不带偏差修正的规则（原文的写法）。',
        label: '公式的无障碍名称（读屏软件朗读的内容）；不给时由优化器名自动生成。',
      },
      EngineSource: {
        optimizer: `哪个优化器：${optimizerNames.join('、')}。它的源文件是 src/engine/optim/<optimizer>.ts。`,
      },
    },
    frontmatter: {
      title: '章节标题，显示在导航中，也是页面的大标题。',
      description: '一两句话：页面的导语、meta description，以及首页章节列表里的简介。',
      order: '在课程中的位置（0 是导言）；同一语言的各章之间不能重复，译本与原文相同。',
      objectives: '读完本章后读者能做到的事；<Objectives /> 会把它们列出来。可以使用行内数学公式 $...$。',
      prerequisites: '需要先读的章节，写 slug（文件名去掉 .mdx）；每个都必须存在，且不能构成循环。',
      draft: '草稿只在 npm run dev 中构建，不会进入正式构建；任一语言的版本是草稿，各语言的这一章都不发布。',
    },
  },
};
