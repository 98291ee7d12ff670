import type { RefObject } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { chapterPath, classroomQuery, embedPath, iframeCode, noFlags, type ClassroomChoice } from './classroom.ts';
import { useClassroom, useWidgetPlace } from './embed-context.tsx';
import { punctuation, useStrings } from './i18n.tsx';
import { shareStrings } from './share-strings.ts';
import { flushUrlWrites } from './url-writer.ts';

/** This widget's own parameters of `search` (`gd.lr=0.3`), the state a link to it carries. */
function ownState(search: string, id: string): string {
  const params = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(search)) if (key.startsWith(`${id}.`)) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard (an iframe without the permission, an old browser): the text is shown instead.
    return false;
  }
}

/** The links to the widget with the state the URL holds. */
function linksOf(widgetId: string, choice: ClassroomChoice): { link: string; embedUrl: string } {
  const here = window.location;
  const state = ownState(here.search, widgetId);
  return {
    link: `${here.origin}${chapterPath(here.pathname) ?? here.pathname}${state}#${widgetId}`,
    embedUrl: `${here.origin}${embedPath(here.pathname, widgetId) ?? ''}${classroomQuery(state, choice)}`,
  };
}

/** The same with the latest state: a write still waiting (url-writer.ts) is made first. */
function linksNow(widgetId: string, choice: ClassroomChoice): { link: string; embedUrl: string } {
  flushUrlWrites();
  return linksOf(widgetId, choice);
}

/**
 * The Share menu every widget has (WidgetFrame): copy a link to the widget on its chapter (it
 * lands at the widget, with its state), copy embed code, and build a classroom link with controls
 * hidden or locked. Shown once hydrated: without scripts it could not copy anything.
 *
 * Its links are made when they are used (a copy, the open panel), not in every render, and
 * WidgetFrame hands Preact the same element while the title is the same, so a key press does not
 * re-render it: closed, it has nothing new to show (its render and the link it built from the URL
 * were 5-15 % of a slider key's script time).
 */
export function ShareMenu({ title, root }: { title: string; root: RefObject<HTMLElement> }) {
  const s = useStrings(shareStrings);
  const p = useStrings(punctuation);
  const place = useWidgetPlace();
  const [mounted, setMounted] = useState(false);
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [shown, setShown] = useState<{ label: string; text: string } | null>(null);
  const [choice, setChoice] = useState<ClassroomChoice>({
    hide: [],
    lock: [],
    autoplay: false,
    caption: true,
    theme: 'auto',
  });
  // On an embed page the panel starts from the page's own classroom link (its hide=, lock=,
  // autoplay=, caption= and theme=), so embed code copied there keeps them. The flags arrive after
  // the first render (embed-context.tsx); names that are none of the widget's controls are dropped.
  const flags = useClassroom();
  useEffect(() => {
    if (flags === noFlags) return;
    const known = (names: ReadonlySet<string>) => [...names].filter((name) => place.controls.has(name));
    const theme = new URLSearchParams(window.location.search).get('theme');
    setChoice({
      hide: known(flags.hide),
      lock: known(flags.lock),
      autoplay: flags.autoplay,
      caption: flags.caption,
      theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    });
  }, [flags]);
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const menu = useRef<HTMLDetailsElement>(null);
  useEffect(() => setMounted(true), []);
  // Open, the panel lies over the controls below it: a click or a focus outside it closes it.
  // The listeners stay for the widget's life and read the element's own `open`: the browser opens a
  // <details> at once but tells it in a later 'toggle' task, and listeners added on that state
  // missed a reader who tabbed away in between (a clean CI run under load caught it).
  useEffect(() => {
    const outside = (event: Event) => {
      const el = menu.current;
      if (!el?.open || !(event.target instanceof Node) || el.contains(event.target)) return;
      el.open = false;
      setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('focusin', outside);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('focusin', outside);
    };
  }, []);
  useEffect(() => {
    if (shown && field.current) field.current.select();
  }, [shown]);
  const widgetId = place.id;
  if (!mounted || widgetId === undefined || embedPath(window.location.pathname, widgetId) === null) return null;

  // Measured when the reader asks for the code, not on every render: reading layout in a render
  // forced a style and layout pass inside every slider's input handler (67 ms of the Trainer's at
  // 4x CPU slowdown, bench/profile.ts).
  const embedCode = () => {
    const height = Math.max(320, Math.ceil((root.current?.getBoundingClientRect().height ?? 560) + 24));
    return iframeCode({ src: linksNow(widgetId, choice).embedUrl, title, width: 760, height });
  };

  // Only the open panel lists the controls and links to the embed page (opening it wrote the URL).
  const names = open ? [...place.controls] : [];
  const embedUrl = open ? linksOf(widgetId, choice).embedUrl : '';

  const offer = async (label: string, text: string) => {
    const done = await copy(text);
    setNote(done ? s.copied : s.copyFailed);
    setShown({ label, text });
  };
  const toggle = (list: 'hide' | 'lock', name: string, on: boolean) =>
    setChoice((old) => ({ ...old, [list]: on ? [...old[list], name] : old[list].filter((n) => n !== name) }));

  return (
    <details
      class="share"
      ref={menu}
      open={open}
      onToggle={(event) => {
        // Opened: the panel's classroom link is made from the URL, which then holds the latest state.
        if (event.currentTarget.open) flushUrlWrites();
        setOpen(event.currentTarget.open);
      }}
      onKeyDown={(event) => {
        // Escape closes it from anywhere inside, and puts the focus back where the panel opened.
        if (event.key !== 'Escape' || !menu.current?.open) return;
        event.preventDefault();
        menu.current.open = false;
        setOpen(false);
        menu.current?.querySelector('summary')?.focus();
      }}
    >
      <summary class="button share__summary">{s.share}</summary>
      <div class="share__panel">
        <div class="widget__buttons">
          <button
            type="button"
            class="button"
            data-share="link"
            onClick={() => void offer(s.linkLabel, linksNow(widgetId, choice).link)}
          >
            {s.copyLink}
          </button>
          <button type="button" class="button" data-share="embed" onClick={() => void offer(s.embedLabel, embedCode())}>
            {s.copyEmbed}
          </button>
        </div>
        <p class="share__note" aria-live="polite">
          {note}
        </p>
        {shown && (
          <label class="share__text">
            <span>{shown.label}</span>
            <textarea ref={field} readOnly rows={shown.text.length > 120 ? 4 : 2} value={shown.text} data-share-text />
          </label>
        )}
        {open && (
          <fieldset class="share__classroom">
            <legend>{s.classroom}</legend>
            <p class="share__hint">{s.classroomHint}</p>
            {names.length > 0 && (
              <table class="share__names">
                <thead>
                  <tr>
                    <th scope="col">{s.control}</th>
                    <th scope="col">{s.hide}</th>
                    <th scope="col">{s.lock}</th>
                  </tr>
                </thead>
                <tbody>
                  {names.map(([name, label]) => (
                    <tr key={name}>
                      <th scope="row">
                        <code>{name}</code> <span class="share__label">{label}</span>
                      </th>
                      {(['hide', 'lock'] as const).map((list) => (
                        <td key={list}>
                          <input
                            type="checkbox"
                            aria-label={`${s[list]} ${name}${p.open}${label}${p.close}`}
                            data-classroom={`${list}:${name}`}
                            checked={choice[list].includes(name)}
                            onChange={(event) => toggle(list, name, event.currentTarget.checked)}
                          />
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {place.controls.has('step') && (
              <label class="control control--toggle">
                <input
                  type="checkbox"
                  checked={choice.autoplay}
                  onChange={(e) => setChoice({ ...choice, autoplay: e.currentTarget.checked })}
                />
                <span>{s.autoplay}</span>
              </label>
            )}
            <label class="control control--toggle">
              <input
                type="checkbox"
                checked={choice.caption}
                onChange={(e) => setChoice({ ...choice, caption: e.currentTarget.checked })}
              />
              <span>{s.caption}</span>
            </label>
            <div class="control control--select">
              <label for={`${id}-theme`} class="control__label">
                {s.theme}
              </label>
              <select
                id={`${id}-theme`}
                value={choice.theme}
                onChange={(e) => setChoice({ ...choice, theme: e.currentTarget.value as ClassroomChoice['theme'] })}
              >
                {(['auto', 'light', 'dark'] as const).map((t) => (
                  <option value={t} key={t}>
                    {s.themes[t]}
                  </option>
                ))}
              </select>
            </div>
            <a class="share__open" href={embedUrl} target="_blank" rel="noopener" data-classroom-link>
              {s.openEmbed}
            </a>
          </fieldset>
        )}
      </div>
    </details>
  );
}
