import type { Locale } from '../../i18n/locales.ts';

/**
 * The author guide's own words around its generated parts (src/site/views/AuthoringPage.astro), per
 * language; the prose of each section is in the page of that language (src/pages/authoring.astro,
 * src/pages/zh-cn/authoring.astro). One shape for every language, so a missing string is a type
 * error.
 */
export interface AuthoringStrings {
  title: string;
  description: string;
  kicker: string;
  lead: string;
  sections: {
    start: string;
    frontmatter: string;
    rhythm: string;
    components: string;
    math: string;
    mathSymbols: string;
    preview: string;
    checks: string;
    translations: string;
  };
  columns: { field: string; prop: string; type: string; default: string; required: string; description: string };
  yes: string;
  no: string;
  frontmatterCaption: string;
  propsCaption: (name: string) => string;
  mathCaption: string;
  mathColumns: { source: string; rendered: string };
  kind: { block: string; widget: string };
  example: string;
  copy: string;
  copyLabel: (name: string) => string;
  copied: string;
  copyFailed: string;
  componentCount: (total: number, blocks: number, widgets: number) => string;
  /** The guide's index of components: a heading per kind. */
  kindPlural: { block: string; widget: string };
  /** A component's own page. */
  componentPage: {
    /** Its meta description. */
    description: (name: string) => string;
    snippet: string;
    props: string;
    /** The way back to the guide's list of components. */
    index: string;
    previous: string;
    next: string;
    /** The label of the previous/next navigation. */
    pager: string;
    /** The label of the way back up: guide › components. */
    crumbs: string;
  };
  /** The frontmatter of the example chapter (in the page's language). */
  frontmatterExample: string;
  /** Two objectives for the live <Objectives /> example. */
  objectives: [string, string];
}

export const authoringStrings: Readonly<Record<Locale, AuthoringStrings>> = {
  en: {
    title: 'Writing a chapter',
    description:
      'The author guide: how to write a Descent chapter in MDX, every component with a live example, its props and a snippet to copy, math, preview, tests and translations.',
    kicker: 'Author guide',
    lead: 'A chapter is one MDX file: Markdown prose, math between dollar signs, and the course’s components as tags, with no imports. A mistake fails the build with the file, the line and what is wrong.',
    sections: {
      start: 'Start a chapter',
      frontmatter: 'Frontmatter',
      rhythm: 'The rhythm of a chapter',
      components: 'Components',
      math: 'Math',
      mathSymbols: 'Linking a formula’s symbols to a widget’s drawing',
      preview: 'Preview and test',
      checks: 'What the build checks',
      translations: 'Translations',
    },
    columns: {
      field: 'Field',
      prop: 'Prop',
      type: 'Type',
      default: 'Default',
      required: 'Required',
      description: 'Description',
    },
    yes: 'yes',
    no: 'no',
    frontmatterCaption: 'Frontmatter fields',
    propsCaption: (name) => `Props of ${name}`,
    mathCaption: 'LaTeX and how it renders',
    mathColumns: { source: 'You write', rendered: 'Readers see' },
    kind: { block: 'teaching block', widget: 'widget' },
    example: 'Example',
    copy: 'Copy',
    copyLabel: (name) => `Copy the ${name} snippet`,
    copied: 'Copied',
    copyFailed: 'Could not copy: select the code instead',
    componentCount: (total, blocks, widgets) =>
      `${total} components: ${blocks} teaching blocks and ${widgets} widgets. Each has a page of its own: a live example, the MDX to copy, and its props table, generated from the component’s zod schema, which is also what the build checks every tag against.`,
    kindPlural: { block: 'Teaching blocks', widget: 'Widgets' },
    componentPage: {
      description: (name) =>
        `How to use <${name}> in a Descent chapter: a live example, every prop with its type and default, and an MDX snippet to copy.`,
      snippet: 'MDX to copy',
      props: 'Props',
      index: 'All components',
      previous: 'Previous component',
      next: 'Next component',
      pager: 'Other components',
      crumbs: 'Breadcrumb',
    },
    frontmatterExample: `---
title: Learning rate schedules
description: Why the learning rate often shrinks during training, and three schedules that do it.
order: 11
objectives:
  - Explain why a constant learning rate can stall near a minimum.
  - Compare step decay, cosine annealing and warm-up.
prerequisites: [gradient-descent]
---`,
    objectives: [
      'Read the update $w \\leftarrow w - \\alpha \\, \\frac{dL}{dw}$ term by term.',
      'Say why too large a learning rate diverges.',
    ],
  },
  'zh-cn': {
    title: '编写章节',
    description:
      '作者指南：怎样用 MDX 编写 Descent 的一章；每个组件都有现场示例、属性表和可复制的代码片段；另有数学公式、预览与测试，以及怎样添加译本。',
    kicker: '作者指南',
    lead: '一章就是一个 MDX 文件：Markdown 正文、写在美元符号之间的数学公式，再加上以标签形式出现的课程组件，不需要任何 import。写错了，构建就会失败，并指出文件、行号和错在哪里。',
    sections: {
      start: '新建一章',
      frontmatter: 'Frontmatter（文件头）',
      rhythm: '一章的节奏',
      components: '组件',
      math: '数学公式',
      mathSymbols: '把公式里的符号与交互组件的图形联系起来',
      preview: '预览与测试',
      checks: '构建时检查什么',
      translations: '翻译',
    },
    columns: { field: '字段', prop: '属性', type: '类型', default: '默认值', required: '必填', description: '说明' },
    yes: '是',
    no: '否',
    frontmatterCaption: 'Frontmatter 字段',
    propsCaption: (name) => `${name} 的属性`,
    mathCaption: 'LaTeX 源码及其显示效果',
    mathColumns: { source: '你写的', rendered: '读者看到的' },
    kind: { block: '教学区块', widget: '交互组件' },
    example: '示例',
    copy: '复制',
    copyLabel: (name) => `复制 ${name} 的代码片段`,
    copied: '已复制',
    copyFailed: '无法复制：请手动选中代码',
    componentCount: (total, blocks, widgets) =>
      `共 ${total} 个组件：${blocks} 个教学区块，${widgets} 个交互组件。每个组件都有自己的页面：现场示例、可复制的 MDX，以及属性表。属性表由组件的 zod schema 生成，构建时也正是用这份 schema 检查每一个标签。`,
    kindPlural: { block: '教学区块', widget: '交互组件' },
    componentPage: {
      description: (name) =>
        `在 Descent 的章节里使用 <${name}>：现场示例、每个属性的类型和默认值，以及可以直接复制的 MDX 代码片段。`,
      snippet: '可复制的 MDX',
      props: '属性',
      index: '全部组件',
      previous: '上一个组件',
      next: '下一个组件',
      pager: '其他组件',
      crumbs: '页面路径',
    },
    frontmatterExample: `---
title: 学习率调度
description: 为什么训练过程中学习率常常要逐渐调小，以及做到这一点的三种调度方式。
order: 11
objectives:
  - 解释为什么固定的学习率可能在极小值附近停滞不前。
  - 比较阶梯衰减、余弦退火和预热（warm-up）三种调度。
prerequisites: [gradient-descent]
---`,
    objectives: ['逐项读懂更新式 $w \\leftarrow w - \\alpha \\, \\frac{dL}{dw}$。', '说明学习率过大为什么会发散。'],
  },
};
