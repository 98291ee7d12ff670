/**
 * The language switch keeps the reader's place: the widgets' state (the query string) and the
 * widget or section in view (a #hash), so switching lands on the same widget with the same
 * settings. A link to a page that has no translation (it leads to the other language's home
 * page, and says so in its title) is left as it is.
 */

const headings = '.prose h2[id], .prose h3[id]';
/** A section's place in a link to the other language: headings' ids differ between languages, their order does not. */
const sectionPrefix = 'section-';

/**
 * What the reader is looking at: a widget that fills the upper part of the window, else the last
 * heading above that line. A widget is named by its id (the same in every language), a heading by
 * its position.
 */
export function placeInView(doc: Document = document, view: number = window.innerHeight): string {
  const line = view * 0.4;
  for (const widget of doc.querySelectorAll<HTMLElement>('.widget[id]')) {
    const box = widget.getBoundingClientRect();
    if (box.top <= line && box.bottom > line / 2) return widget.id;
  }
  let found = '';
  const all = [...doc.querySelectorAll<HTMLElement>(headings)];
  for (const [index, heading] of all.entries()) {
    if (heading.getBoundingClientRect().top > line) break;
    found = `${sectionPrefix}${index + 1}`;
  }
  return found;
}

/** On arrival by a switched link at a section (#section-3), goes to that heading and names it by its own id. */
function landAtSection(): void {
  const match = /^#section-(\d+)$/.exec(window.location.hash);
  if (!match || document.getElementById(window.location.hash.slice(1))) return;
  const target = document.querySelectorAll<HTMLElement>(headings)[Number(match[1]) - 1];
  if (!target) return;
  history.replaceState(history.state, '', `${window.location.pathname}${window.location.search}#${target.id}`);
  target.scrollIntoView();
}

/** The switched link: the other language's page, this page's query, and the place in view. */
export function switchedHref(href: string, search: string, place: string): string {
  const at = href.search(/[?#]/);
  const path = at < 0 ? href : href.slice(0, at);
  return `${path}${search}${place ? `#${encodeURIComponent(place)}` : ''}`;
}

/**
 * Asks the widgets to write their state into the URL now: they write it once the reader pauses
 * (components/widgets/lib/url-writer.ts, which listens for this event), and a link made from the
 * URL must carry the latest change.
 */
function flushWidgetUrls(): void {
  document.dispatchEvent(new Event('descent:flush-url'));
}

function currentHash(): string {
  try {
    return decodeURIComponent(window.location.hash.slice(1));
  } catch {
    return '';
  }
}

export function keepPlaceOnLanguageSwitch(): void {
  landAtSection();
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-language-link]')].filter(
    (link) => !link.hasAttribute('title'),
  );
  if (links.length === 0) return;
  // The place is followed as the reader scrolls, not read when the link is used: Chromium scrolls
  // the page when a link in the sticky header takes focus (by Tab or by script), which would move
  // the place away just before it is read. Scrolls while a language link has focus are ignored.
  let place = '';
  let frame = 0;
  const follow = () => {
    frame = 0;
    if (!document.activeElement?.hasAttribute('data-language-link')) place = placeInView();
  };
  // The first place is read after the page's first frame, when its layout is done: read as this
  // module ran, it forced the page's first layout inside the script's task at load (a long task
  // on a phone-class CPU). Scrolls before then are covered by that read.
  frame = requestAnimationFrame(() => setTimeout(follow, 0));
  document.addEventListener(
    'scroll',
    () => {
      if (frame === 0) frame = requestAnimationFrame(follow);
    },
    { passive: true },
  );
  for (const link of links) {
    const base = link.getAttribute('href') ?? '';
    const refresh = () => {
      flushWidgetUrls();
      link.setAttribute('href', switchedHref(base, window.location.search, place || currentHash()));
    };
    // Updated as the link is about to be used (pointer, keyboard focus, or a click without either).
    for (const event of ['pointerdown', 'focus', 'click', 'mouseover']) link.addEventListener(event, refresh);
  }
}
