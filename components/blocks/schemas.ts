import { z } from 'zod';
import { optimizerNames, type OptimizerName } from '../../src/engine/optim/index.ts';
import { slug } from '../widgets/lib/widget-id.ts';

/**
 * Props of the teaching blocks. Each schema gives the defaults and the TypeScript type, and is
 * checked at build time against every tag in every chapter (src/authoring/remark-validate-components.ts).
 * `.describe()` texts feed the props tables of the author guide.
 */
/**
 * A block's heading. The default depends on the page's language (components/blocks/strings.ts),
 * so it is left out here and chosen by the block; the description names it for the guide.
 */
const title = (english: string, chinese: string) =>
  z
    .string()
    .min(1)
    .max(120)
    .optional()
    .describe(`Heading shown on the block; by default "${english}" (on Chinese pages "${chinese}").`);

export const objectivesSchema = z
  .object({ title: title('What you will learn', '学习目标') })
  .strict()
  .describe("Lists the chapter's `objectives` from its frontmatter, so they are written once.");

export const tryThisSchema = z.object({ title: title('Try this', '动手试试') }).strict().describe('Things to do with the widget above.');

export const pitfallSchema = z.object({ title: title('Pitfall', '易错点') }).strict().describe('A common mistake and how to avoid it.');

export const deepDiveSchema = z
  .object({
    title: z.string().min(1).max(120).describe('Summary line of the collapsed block (required).'),
    open: z.boolean().default(false).describe('Start expanded.'),
  })
  .strict()
  .describe('Optional depth, collapsed by default.');

export const recapSchema = z.object({ title: title('Recap', '小结') }).strict().describe("The chapter's key points.");

export const quizSchema = z
  .object({
    id: slug.describe('Unique within the chapter; keys the saved progress.'),
    question: z.string().min(1).describe('The question. Inline math with $...$ is rendered.'),
    choices: z
      .array(z.string().min(1))
      .min(2)
      .max(6)
      .optional()
      .describe('Choices for a multiple-choice question; leave out for a reveal-the-answer question.'),
    answer: z.number().int().nonnegative().optional().describe('Index (from 0) of the correct choice.'),
  })
  .strict()
  .refine((q) => (q.choices === undefined) === (q.answer === undefined), {
    message: 'give both "choices" and "answer" (multiple choice) or neither (reveal)',
    path: ['answer'],
  })
  .refine((q) => q.choices === undefined || q.answer === undefined || q.answer < q.choices.length, {
    message: '"answer" must be the index of one of the choices (from 0)',
    path: ['answer'],
  })
  .describe('A check-yourself question. The explanation (children) stays hidden until asked.');

export const figureSchema = z
  .object({
    caption: z.string().max(400).optional().describe('Caption under the pair. Inline math with $...$ is rendered.'),
  })
  .strict()
  .describe('A formula beside its widget: put the formula first and the widget second. Stacks on phones.');

export const ruleSchema = z
  .object({
    optimizer: z.enum(optimizerNames as [OptimizerName, ...OptimizerName[]]).describe('Which optimizer: ' + optimizerNames.join(', ') + '.'),
    biasCorrection: z.boolean().default(true).describe("Adam only: false shows the rule without bias correction (the article's form)."),
    label: z
      .string()
      .max(120)
      .optional()
      .describe('Accessible name of the formula; defaults to "<Optimizer> update rule" (on Chinese pages "<Optimizer> 更新规则").'),
  })
  .strict()
  .describe("An optimizer's update rule, from the LaTeX the engine exports: exactly what runs.");

export const engineSourceSchema = z
  .object({
    optimizer: z
      .enum(optimizerNames as [OptimizerName, ...OptimizerName[]])
      .describe('Which optimizer: ' + optimizerNames.join(', ') + '. Its file is src/engine/optim/<optimizer>.ts.'),
  })
  .strict()
  .describe(
    "\"The code that runs\", collapsed: the engine's own source file for an optimizer, read and highlighted at build time, and the same rule in the cell language with a link that opens it in a cell.",
  );
