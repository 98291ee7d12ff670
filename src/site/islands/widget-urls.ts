/**
 * Asks the widgets to write their state into the page's URL now. They write it once the reader
 * pauses (components/widgets/lib/url-writer.ts, which listens for this event: the site does not
 * import the widgets' code), and a link made from the URL must carry the latest change.
 */
export function flushWidgetUrls(): void {
  document.dispatchEvent(new Event('descent:flush-url'));
}
