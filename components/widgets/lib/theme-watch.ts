/**
 * Calls `callback` when the page's colour theme may have changed: the theme toggle (the
 * `data-theme` attribute on <html>, set by src/site/layouts/Base.astro) or the system's light/dark
 * preference. A widget that caches colours read from CSS variables (reading them forces a style
 * recalculation, too slow to repeat on every frame) drops its cache and redraws then.
 * Returns a function that stops watching. Browser only.
 */
export function onThemeChange(callback: () => void): () => void {
  const observer = new MutationObserver(() => callback());
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  const onMedia = () => callback();
  media.addEventListener('change', onMedia);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', onMedia);
  };
}
