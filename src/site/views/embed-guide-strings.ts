import type { Locale } from '../../i18n/locales.ts';

/** The words of the author guide's page on embedding (EmbedGuidePage.astro). */
export const embedGuideStrings = {
  en: {
    title: 'Embedding widgets and classroom links',
    description:
      'Put any widget of the course in slides, a learning-management system or another site, configured by its link.',
    sections: {
      pages: 'Embed pages',
      live: 'Live examples',
      flags: 'Classroom flags',
      names: 'Control names',
      height: 'Fitting the frame',
      oembed: 'oEmbed',
      security: 'Security',
      list: 'Every embed page',
    },
    pages:
      'Every widget of every chapter has a page of its own that shows it alone, with the props its chapter gives it and no site header, navigation or footer: /embed/<chapter>/<widget-id>/ (and /zh-cn/embed/...). The widget id is the prefix of its URL parameters, so the same state parameters work there as on the chapter (gd.lr=0.3). A small “Open in the course” link leads back to the widget on its chapter, with the same state. Each widget’s Share menu copies a link to it, copies the embed code (an iframe with a title, a size, loading="lazy" and the sandbox the widget needs), and builds a classroom link with the checkboxes below.',
    liveOne:
      'The introduction’s gradient-descent widget, with the starting point hidden and the learning rate locked at 0.3 (hide=start&lock=lr):',
    liveTwo: 'The gradient-descent chapter’s loss curve, dark, without its title, started at step 3 (theme=dark&caption=0&step=3):',
    flagsIntro:
      'Added to an embed page’s link, after the widget’s own state. A control is named by the URL parameter it sets (lr, step, mu, ...), a block of controls by a name of its own (adam for the Adam card of a race), and so does a button that changes the widget by itself (best for the race’s “Use the best learning rates”): the Share menu of each widget lists its names, and so does the list below. A name that names none of the widget’s controls is ignored, and its status line says so; a URL parameter that no control sets (the race’s starting point, moved by dragging on its map) is no control name.',
    namesIntro: [
      'The names each widget answers to, as placed in this guide’s example of it, with the control each one hides or locks (its label on the page). They are read from the widget itself, rendered once when the site is built, which is also where its Share menu gets them, so this list and the menu cannot disagree. A widget placed with other props may show other controls: its Share menu lists exactly those it has.',
      'The race and the trainer name each optimizer’s card by the optimizer (sgd, momentum, adam, ...) and, in a race given racers, by the racer’s key: hide=adam hides Adam’s card, adam.lr only its learning-rate slider, adam.more its folded settings (other hyperparameters, weight decay, schedule); lock=adam shows the whole card disabled at the link’s values. Hiding a card does not take the optimizer out of the race: it still runs as the link sets it. To leave an optimizer out, untick it before you copy the link. A name of a control that appears only in some states (the noise seed, while there is noise; the settings of an optimizer that is off) applies once the control is shown.',
    ],
    name: 'Name',
    hides: 'Hides or locks',
    flags: [
      ['hide=lr,start', 'Those controls are not shown.'],
      ['lock=lr', 'Those controls are shown, disabled, at the link’s value.'],
      ['autoplay=1', 'A widget with a step player starts playing (not for readers who asked for reduced motion).'],
      ['step=40', 'A widget with a step player starts at that step.'],
      ['caption=0', 'The widget’s title is not shown (it still names the widget for screen readers).'],
      ['theme=light | dark | auto', 'The colours; auto (the default) follows the reader’s system.'],
    ],
    height:
      'An embed page tells the page that frames it its height whenever it changes, with postMessage to any origin (the message carries nothing else): { type: "descent:height", height: <CSS pixels>, path: "/embed/..." }. The 20-line host script /embed.js resizes every iframe that sends one; include it once on the host page. Without it the iframe keeps the height it is given and scrolls inside.',
    oembed:
      'Each embed page links to a static oEmbed response beside it (oembed.json: type rich, the iframe as html, title, provider, width and height), so a CMS or chat tool that reads oEmbed shows the widget when given the link.',
    security:
      'Embed pages may be framed by any site; chapter pages may not. A page’s <meta> Content-Security-Policy cannot say that (frame-ancestors is ignored there), so the host of the course sends the headers listed in README.md, “Embedding”. The embed page keeps the course’s CSP otherwise, and reads nothing a host posts to it.',
    widget: 'Widget',
    chapter: 'Chapter',
  },
  'zh-cn': {
    title: '嵌入组件与课堂链接',
    description: '把课程中的任意组件放进幻灯片、学习管理系统或其他网站，并用链接配置它。',
    sections: {
      pages: '嵌入页面',
      live: '实时示例',
      flags: '课堂参数',
      names: '控件名',
      height: '适应框架高度',
      oembed: 'oEmbed',
      security: '安全',
      list: '全部嵌入页面',
    },
    pages:
      '每一章的每个组件都有自己的页面，单独显示该组件，使用章节中给它的属性，没有网站页眉、导航或页脚：/embed/<章节>/<组件 id>/（中文为 /zh-cn/embed/...）。组件 id 是它的 URL 参数前缀，所以章节页面上的状态参数（gd.lr=0.3）在这里同样有效。页面上的“在课程中打开”链接会带着相同状态回到章节中的这个组件。每个组件的“分享”菜单可以复制指向它的链接、复制嵌入代码（带标题、尺寸、loading="lazy" 和组件所需 sandbox 的 iframe），并用下面的复选框生成课堂链接。',
    liveOne: '引言一章的梯度下降组件，隐藏起点，学习率锁定为 0.3（hide=start&lock=lr）：',
    liveTwo: '“梯度下降”一章的损失曲线，深色主题，不显示标题，从第 3 步开始（theme=dark&caption=0&step=3）：',
    flagsIntro:
      '加在嵌入页面链接中组件自身状态之后。控件用它设置的 URL 参数命名（lr、step、mu 等），一组控件另有自己的名字（比赛中 Adam 的卡片为 adam），能单独改变组件状态的按钮也有名字（比赛中的“使用最佳学习率”为 best）：每个组件的“分享”菜单列出了它的控件名，下面的列表也是。不指向组件任何控件的名字会被忽略，并在状态栏中说明；没有控件设置的 URL 参数（例如比赛中在地图上拖动设定的起点）不是控件名。',
    namesIntro: [
      '下面列出每个组件（按本指南中的示例放置）可用的控件名，以及每个名字隐藏或锁定的控件（即它在页面上的标签）。这些名字读自组件本身：网站构建时渲染一次组件，组件的“分享”菜单也从同一处取得名字，所以这份列表与菜单不会不一致。用其他属性放置的组件可能显示不同的控件，它的“分享”菜单会准确列出它实际拥有的控件。',
      '比赛与训练器用优化器的名字（sgd、momentum、adam 等）命名每个优化器的卡片；给定 racers 的比赛则用参赛者的键名：hide=adam 隐藏 Adam 的整张卡片，adam.lr 只隐藏它的学习率滑块，adam.more 隐藏它折叠起来的设置（其他超参数、权重衰减、学习率调度）；lock=adam 让整张卡片显示为禁用，保持链接中的值。隐藏卡片不会让该优化器退出比赛，它仍按链接的设置运行；要去掉某个优化器，请在复制链接前取消勾选它。只在某些状态下出现的控件（有噪声时的噪声种子、未启用的优化器的设置），其名字在控件出现后生效。',
    ],
    name: '名字',
    hides: '隐藏或锁定的控件',
    flags: [
      ['hide=lr,start', '不显示这些控件。'],
      ['lock=lr', '显示这些控件，但禁用，保持链接中的值。'],
      ['autoplay=1', '带步进播放器的组件自动开始播放（读者设置了减少动态效果时除外）。'],
      ['step=40', '带步进播放器的组件从该步开始。'],
      ['caption=0', '不显示组件标题（屏幕阅读器仍能读到它的名称）。'],
      ['theme=light | dark | auto', '配色；auto（默认）跟随读者的系统设置。'],
    ],
    height:
      '嵌入页面在高度变化时用 postMessage 把高度告诉外层页面，目标源为任意（消息中只有一个数）：{ type: "descent:height", height: <CSS 像素>, path: "/embed/..." }。约 20 行的宿主脚本 /embed.js 会调整发送该消息的 iframe 的高度；在宿主页面引入一次即可。不引入时，iframe 保持给定高度，内容在框内滚动。',
    oembed:
      '每个嵌入页面都链接到旁边的静态 oEmbed 响应（oembed.json：type 为 rich，html 为 iframe，另有标题、提供者、宽度和高度），支持 oEmbed 的内容管理系统或聊天工具收到链接时即可显示该组件。',
    security:
      '嵌入页面可以被任何网站嵌入，章节页面则不可以。页面内的 <meta> 内容安全策略无法表达这一点（其中的 frame-ancestors 会被忽略），因此课程的托管方需要发送 README.md “Embedding”一节列出的响应头。除此之外，嵌入页面沿用课程的 CSP，也不读取宿主页面发来的任何消息。',
    widget: '组件',
    chapter: '章节',
  },
} satisfies Record<Locale, unknown>;
