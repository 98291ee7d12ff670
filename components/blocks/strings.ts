import type { OptimizerName } from '../../src/engine/optim/index.ts';
import { optimizerTitles } from '../../src/engine/optim/index.ts';
import { defineStrings } from '../widgets/lib/i18n.tsx';

/**
 * The teaching blocks' own words, per language: default titles (used when a chapter gives no
 * `title`), the quiz's buttons and feedback, and the default accessible name of a `<Rule>`.
 * The `.astro` blocks pick the page's language with `toLocale(Astro.currentLocale)`.
 */
export const blockStrings = defineStrings({
  en: {
    objectives: 'What you will learn',
    tryThis: 'Try this',
    pitfall: 'Pitfall',
    recap: 'Recap',
    deepDive: 'Deep dive',
    rule: (optimizer: OptimizerName) => `${optimizerTitles[optimizer]} update rule`,
    engineSource: {
      summary: 'The code that runs',
      file: (optimizer: OptimizerName) => `The engine's own file for ${optimizerTitles[optimizer]}, as the widgets run it:`,
      codeLabel: (path: string) => `Source code of ${path}`,
      cell: 'The same rule in the language of the cells, where each line is one statement over every weight:',
      ruleLabel: (optimizer: OptimizerName) => `${optimizerTitles[optimizer]} in the cell language, typeset`,
      open: 'Open this rule in a cell',
    },
  },
  'zh-cn': {
    objectives: '学习目标',
    tryThis: '动手试试',
    pitfall: '易错点',
    recap: '小结',
    deepDive: '深入一步',
    rule: (optimizer: OptimizerName) =>
      optimizer === 'sgd' ? '梯度下降的更新规则' : optimizer === 'nag' ? 'Nesterov（NAG）更新规则' : `${optimizerTitles[optimizer]} 更新规则`,
    engineSource: {
      summary: '实际运行的代码',
      file: (optimizer: OptimizerName) =>
        `引擎中 ${optimizer === 'sgd' ? '梯度下降' : optimizerTitles[optimizer]} 的源文件，交互组件运行的正是它：`,
      codeLabel: (path: string) => `${path} 的源代码`,
      cell: '同一条规则，用单元格的语言写出，每一行是作用于所有权重的一条语句：',
      ruleLabel: (optimizer: OptimizerName) =>
        `用单元格语言写的 ${optimizer === 'sgd' ? '梯度下降' : optimizerTitles[optimizer]}，排版后的公式`,
      open: '在单元格中打开这条规则',
    },
  },
});

/** The quiz island's words, per language. */
export const quizStrings = defineStrings({
  en: {
    check: 'Check answer',
    correct: 'Correct.',
    wrong: 'Not quite: read the explanation below.',
    showExplanation: 'Show the explanation',
    showAnswer: 'Show the answer',
  },
  'zh-cn': {
    check: '核对答案',
    correct: '答对了。',
    wrong: '不太对：请看下面的解析。',
    showExplanation: '查看解析',
    showAnswer: '查看答案',
  },
});
