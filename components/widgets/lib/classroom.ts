/**
 * Embed pages and classroom links: the pure part (no DOM), shared by WidgetFrame, the Share menu,
 * the controls and the embed page.
 *
 * An embed page shows one widget of one chapter: `/embed/<chapter>/<widget-id>/` (and
 * `/zh-cn/embed/...`). Its link takes the widget's own state parameters (`gd.lr=0.3`, as on the
 * chapter) and the classroom flags below, which name the widget's controls: a lib control's name is
 * its `param`, mostly the URL parameter it sets (`lr`, `start`, `step`), and a named block of
 * controls (ControlGroup, embed-context.tsx) has its own (`adam`, `adam.more`).
 */

/** The classroom flags of an embed link, as read from its query string. */
export interface ClassroomFlags {
  /** Controls not shown (`hide=lr,start`). */
  hide: ReadonlySet<string>;
  /** Controls shown disabled at their value (`lock=lr`). */
  lock: ReadonlySet<string>;
  /** `autoplay=1`: a widget with a step player starts playing. */
  autoplay: boolean;
  /** `step=40`: the step a step player starts at; null when not given or not a whole number ≥ 0. */
  step: number | null;
  /** `caption=0`: the widget's title is not shown (it stays the group's accessible name). */
  caption: boolean;
}

export const noFlags: ClassroomFlags = {
  hide: new Set(),
  lock: new Set(),
  autoplay: false,
  step: null,
  caption: true,
};

/** The query parameters that are classroom flags (or the embed's theme), never a widget's state. */
export const flagNames = ['hide', 'lock', 'autoplay', 'step', 'caption', 'theme'] as const;

const list = (raw: string | null): string[] =>
  (raw ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .slice(0, 50);

/**
 * Reads the flags of `search`. Nothing here is trusted: names are only ever compared with the
 * widget's control names (`unknownNames`, and each control looking itself up), numbers parsed and
 * bounded. Every name is kept: a control shown only in some states (the noise seed) is hidden or
 * locked once it appears.
 */
export function readFlags(search: string): ClassroomFlags {
  const params = new URLSearchParams(search);
  const rawStep = params.get('step');
  const step = rawStep !== null && /^\d{1,6}$/.test(rawStep) ? Number(rawStep) : null;
  return {
    hide: new Set(list(params.get('hide'))),
    lock: new Set(list(params.get('lock'))),
    autoplay: params.get('autoplay') === '1',
    step,
    caption: params.get('caption') !== '0',
  };
}

/** The names in hide= or lock= that name none of the widget's controls (`known`): ignored, and said in the status line. */
export function unknownNames(flags: ClassroomFlags, known: Iterable<string>): string[] {
  const names = new Set(known);
  return [...new Set([...flags.hide, ...flags.lock])].filter((name) => !names.has(name));
}

/** What the classroom panel lets an instructor choose. */
export interface ClassroomChoice {
  hide: readonly string[];
  lock: readonly string[];
  autoplay: boolean;
  caption: boolean;
  theme: 'auto' | 'light' | 'dark';
}

/**
 * The query string of an embed link: the widget's state (`state`, a query string whose classroom
 * flags are dropped) followed by the chosen flags, defaults left out.
 */
export function classroomQuery(state: string, choice: ClassroomChoice): string {
  const params = new URLSearchParams(state);
  for (const name of flagNames) params.delete(name);
  if (choice.hide.length > 0) params.set('hide', choice.hide.join(','));
  if (choice.lock.length > 0) params.set('lock', choice.lock.join(','));
  if (choice.autoplay) params.set('autoplay', '1');
  if (!choice.caption) params.set('caption', '0');
  if (choice.theme !== 'auto') params.set('theme', choice.theme);
  // Commas stay readable: an instructor edits these links by hand.
  const text = params.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}

/** A query string without the classroom flags: the state a chapter link carries. */
export function withoutFlags(search: string): string {
  const params = new URLSearchParams(search);
  for (const name of flagNames) params.delete(name);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The embed page of widget `id` on the page at `pathname` (a chapter or an embed page, with or
 * without the site's base path and language prefix), or null on any other page (the guide's
 * examples are no chapter's widget).
 */
export function embedPath(pathname: string, id: string): string | null {
  const match = /^(.*?)\/(chapters|embed)\/([a-z0-9-]+)\/(?:[a-z0-9-]+\/?)?$/.exec(pathname);
  if (!match) return null;
  return `${match[1] ?? ''}/embed/${match[3] ?? ''}/${id}/`;
}

/** The chapter page an embed page belongs to (same base and language prefix), or null. */
export function chapterPath(pathname: string): string | null {
  const match = /^(.*?)\/(?:chapters|embed)\/([a-z0-9-]+)\//.exec(pathname);
  return match ? `${match[1] ?? ''}/chapters/${match[2] ?? ''}/` : null;
}

/** What the embed code's <iframe> is given. */
export interface IframeSpec {
  src: string;
  title: string;
  width: number;
  height: number;
}

/**
 * The sandbox an embedded widget needs, and nothing more: scripts (the widget is an island),
 * its own origin (its module scripts are fetched from it; without it they would be cross-origin
 * requests that a static host refuses), and popups that leave the sandbox (the "Open in the
 * course" link opens the chapter in a new tab as a normal page). No forms, no top navigation.
 */
export const embedSandbox = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

const attribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML an instructor pastes into a page: one lazy, sandboxed, titled iframe. */
export function iframeCode({ src, title, width, height }: IframeSpec): string {
  return `<iframe src="${attribute(src)}" title="${attribute(title)}" width="${Math.round(width)}" height="${Math.round(height)}" loading="lazy" sandbox="${embedSandbox}" style="border:0;max-width:100%"></iframe>`;
}

/**
 * The message an embed page sends its parent whenever its height changes:
 * `{ type: 'descent:height', height: <CSS pixels>, path: <the embed page's path> }`. It carries
 * only a number and a path, so it is posted to any origin ('*').
 */
export interface HeightMessage {
  type: 'descent:height';
  height: number;
  path: string;
}

export const heightMessageType = 'descent:height';
