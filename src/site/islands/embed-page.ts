/**
 * The script of every embed page (layouts/Embed.astro): tells the parent frame the page's height
 * and keeps the "Open in the course" link on the widget's current state. It only sends: nothing
 * a host posts to this page is read, let alone run.
 */

/** Documented in README "Embedding": `{ type: 'descent:height', height, path }`. */
const messageType = 'descent:height';
/** Query parameters that shape the embed, not the widget's state (classroom.ts `flagNames`). */
const flagNames = ['hide', 'lock', 'autoplay', 'step', 'caption', 'theme'];

function stateOnly(search: string): string {
  const params = new URLSearchParams(search);
  for (const name of flagNames) params.delete(name);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function startEmbed(): void {
  const open = document.querySelector<HTMLAnchorElement>('[data-embed-open]');
  if (open) {
    const base = open.getAttribute('href') ?? '';
    const hash = base.indexOf('#');
    const path = hash < 0 ? base : base.slice(0, hash);
    const anchor = hash < 0 ? '' : base.slice(hash);
    // The widget writes its state into this page's URL as the reader works (useUrlState); the
    // link follows it when it is about to be used, so the course opens on what the reader sees.
    const refresh = () => {
      // The widget writes the URL once the reader pauses: ask for what waits first (url-writer.ts).
      document.dispatchEvent(new Event('descent:flush-url'));
      open.setAttribute('href', `${path}${stateOnly(window.location.search)}${anchor}`);
    };
    refresh();
    for (const event of ['pointerdown', 'focus', 'click', 'mouseover']) open.addEventListener(event, refresh);
  }
  if (window.parent === window) return;
  let sent = -1;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === sent) return;
    sent = height;
    // Only a number and this page's path: safe for any origin to read.
    window.parent.postMessage({ type: messageType, height, path: window.location.pathname }, '*');
  };
  new ResizeObserver(send).observe(document.documentElement);
  window.addEventListener('load', send);
  send();
}
