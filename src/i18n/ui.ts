import type { Locale } from './locales.ts';

/**
 * The shell's strings (header, navigation, footer, chapter frame, search, language switcher) in
 * every language. The type makes a missing translation a type error; widgets keep their own
 * strings beside their code (components/widgets/lib/i18n.tsx).
 */
export interface ShellStrings {
  site: { name: string; tagline: string; description: string };
  skip: string;
  nav: { label: string; chapters: string; about: string; authoring: string };
  theme: { dark: string };
  menu: { open: string; title: string; close: string };
  toc: string;
  chapter: {
    introduction: string;
    number: (n: number) => string;
    buildsOn: string;
    pager: string;
    previous: string;
    next: string;
    /** Marks a link to a chapter that exists only in another language. */
    otherLanguage: (name: string) => string;
  };
  language: {
    label: string;
    /** The switcher's note when this page has no version in the other language. */
    missing: (name: string) => string;
    /** Shown on a chapter that exists only in the default language, when read from a translation. */
    untranslated: string;
  };
  search: {
    open: string;
    shortcut: string;
    label: string;
    placeholder: string;
    close: string;
    hint: string;
    searching: string;
    results: (count: number, query: string) => string;
    none: (query: string) => string;
    failed: string;
  };
  footer: { before: string; about: string; middle: string; guide: string; after: string };
  notFound: { title: string; description: string; heading: string; body: string; home: string };
}

export const ui: Readonly<Record<Locale, ShellStrings>> = {
  en: {
    site: {
      name: 'Descent',
      tagline: 'how neural networks learn, one optimizer at a time',
      description:
        'An interactive course on how neural networks learn: gradient descent, the learning rate, local minima, Momentum, Nesterov, Adagrad, RMSProp and Adam, with live widgets beside every formula.',
    },
    skip: 'Skip to content',
    nav: { label: 'Site', chapters: 'Chapters', about: 'About', authoring: 'Write a chapter' },
    theme: { dark: 'Dark theme' },
    menu: { open: 'Chapters menu', title: 'Chapters', close: 'Close' },
    toc: 'On this page',
    chapter: {
      introduction: 'Introduction',
      number: (n) => `Chapter ${n}`,
      buildsOn: 'Builds on:',
      pager: 'Previous and next chapter',
      previous: 'Previous',
      next: 'Next',
      otherLanguage: (name) => `(in ${name})`,
    },
    language: {
      label: 'Language',
      missing: (name) => `This page has no ${name} version yet; the link leads to the ${name} home page.`,
      untranslated: 'This chapter has not been translated yet.',
    },
    search: {
      open: 'Search',
      shortcut: 'Press / to search',
      label: 'Search the course',
      placeholder: 'Search the course',
      close: 'Close',
      hint: 'Type a word or two, such as “momentum” or “bias correction”.',
      searching: 'Searching…',
      results: (count, query) => `${count} ${count === 1 ? 'page matches' : 'pages match'} “${query}”.`,
      none: (query) => `No page matches “${query}”. Try another word.`,
      failed: 'Search is not available here: its index did not load.',
    },
    footer: {
      before: 'Descent is an open course on how neural networks learn. It follows, and corrects where needed, an article by Harsha Bommana; see ',
      about: 'About',
      middle: '. Want to add a chapter? Read the ',
      guide: 'author guide',
      after: '.',
    },
    notFound: {
      title: 'Page not found',
      description: 'This page does not exist in the Descent course.',
      heading: 'This page is not in the course',
      body: 'The link may be old, or a chapter may have moved. Every chapter is listed on the ',
      home: 'home page',
    },
  },
  'zh-cn': {
    site: {
      name: 'Descent',
      tagline: '一次一个优化器，看懂神经网络如何学习',
      description:
        '一门交互式课程，讲神经网络如何学习：梯度下降、学习率、局部极小值、Momentum、Nesterov、Adagrad、RMSProp 与 Adam，每个公式旁都有可以动手操作的小部件。',
    },
    skip: '跳到正文',
    nav: { label: '站点', chapters: '章节', about: '关于', authoring: '编写章节' },
    theme: { dark: '深色主题' },
    menu: { open: '章节菜单', title: '章节', close: '关闭' },
    toc: '本页内容',
    chapter: {
      introduction: '导言',
      number: (n) => `第 ${n} 章`,
      buildsOn: '先读：',
      pager: '上一章与下一章',
      previous: '上一章',
      next: '下一章',
      otherLanguage: (name) => `（${name}）`,
    },
    language: {
      label: '语言',
      missing: (name) => `本页暂无${name}版本，链接将前往${name}首页。`,
      untranslated: '本章尚未译成中文，下面是英文原版。',
    },
    search: {
      open: '搜索',
      shortcut: '按 / 键搜索',
      label: '搜索课程',
      placeholder: '搜索课程内容',
      close: '关闭',
      hint: '输入一两个词，例如“动量”或“偏差修正”。',
      searching: '正在搜索…',
      results: (count, query) => `有 ${count} 个页面与“${query}”匹配。`,
      none: (query) => `没有页面与“${query}”匹配，换个词试试。`,
      failed: '搜索暂不可用：索引没有加载成功。',
    },
    footer: {
      before: 'Descent 是一门讲解神经网络如何学习的开放课程。它以 Harsha Bommana 的一篇文章为线索，并在必要处加以更正；详见',
      about: '关于',
      middle: '页面。想添加一章？请阅读',
      guide: '作者指南',
      after: '。',
    },
    notFound: {
      title: '页面不存在',
      description: 'Descent 课程中没有这个页面；请回到首页，从章节列表中找到你要读的那一章。',
      heading: '课程中没有这个页面',
      body: '链接可能已经过时，或者章节已经移动。所有章节都列在',
      home: '首页',
    },
  },
};

export const t = (locale: Locale): ShellStrings => ui[locale];
