import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useLocale, type Locale } from './i18n.tsx';
import { markUrlPending } from './url-state.ts';
import { cancelUrlWrite, queueUrlWrite } from './url-writer.ts';

/**
 * One query parameter with a widget-specific text encoding (a formula, a list of optimizers
 * with their settings), beside the ones `useUrlState` manages. Like `useUrlState`, the first
 * render uses `base` (matching the static frame), the URL is read once mounted through `decode`
 * (which validates and says what it fixed), and the value is written back with `encode`,
 * omitted when it equals the base.
 *
 * `decode` gets the page's language as its second argument, so its messages can be written in
 * it: `linkParamStrings[locale].about(name, detail)` (url-state.ts) gives "Link parameter fn: ..."
 * or "链接参数 fn：...".
 */
export function useUrlParam<T>(
  name: string,
  base: T,
  encode: (value: T) => string,
  decode: (raw: string, locale: Locale) => { value: T; messages: string[] },
) {
  const locale = useLocale();
  const [value, setValue] = useState<T>(base);
  const [messages, setMessages] = useState<string[]>([]);
  const ready = useRef(false);
  const baseText = encode(base);
  // As in useUrlState: from hydration on, the URL is not yet in agreement with the value.
  const marked = useRef(false);
  if (!marked.current && typeof document !== 'undefined') {
    marked.current = true;
    markUrlPending(name, true);
  }

  // A layout effect, as in useUrlState: read before any input can arrive.
  useLayoutEffect(() => {
    const raw = new URLSearchParams(window.location.search).get(name);
    if (raw !== null) {
      const read = decode(raw, locale);
      setValue(read.value);
      setMessages(read.messages);
    }
    ready.current = true;
  }, [name]);

  useEffect(() => {
    if (!ready.current) return;
    // Written with the other widgets' parameters once the reader pauses (url-writer.ts).
    const text = encode(value);
    queueUrlWrite(name, (params) => {
      if (text === baseText) params.delete(name);
      else params.set(name, text);
    });
  }, [value]);
  useEffect(
    () => () => {
      cancelUrlWrite(name);
      markUrlPending(name, false);
    },
    [name],
  );

  // Marked at once (see useUrlState): the URL is behind from the change on, not from the next paint.
  const set = (next: T) => {
    markUrlPending(name, true);
    setValue(next);
  };
  return { value, setValue: set, messages, setMessages } as const;
}
