import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { embedPath, unknownNames } from './classroom.ts';
import { useClassroom, useWidgetPlace } from './embed-context.tsx';
import { useStrings } from './i18n.tsx';
import { ShareMenu } from './ShareMenu.tsx';
import { shareStrings } from './share-strings.ts';

interface Props {
  /** The widget's kind, on the root as data-widget (tests and styles find widgets by it). */
  name: string;
  title: string;
  /** The controls a reader reaches first: a few sliders and buttons, laid out in the shared control grid. */
  controls?: ComponentChildren;
  /**
   * Long control lists (one block per optimizer): after the figure on a narrow screen, so a reader
   * who moves a control there still has the figure above; beside it on a wide one.
   */
  settings?: ComponentChildren;
  /** What the widget shows now, in words; read out politely by screen readers. */
  status: string;
  /** Problems with the reader's input (a bad link parameter, a run that diverged), shown prominently. */
  messages?: readonly string[];
  children: ComponentChildren;
}

/**
 * The frame every widget shares: a labelled group with controls, the figure and a live status line.
 * The layout (src/site/styles/widgets.css) keeps the figure beside or just below the controls and
 * the status line pinned to the bottom of the screen while the widget is in view; the DOM order
 * (controls, figure, settings, status) is the reading and tab order at every width.
 */
export function WidgetFrame({ name, title, controls, settings, status, messages = [], children }: Props) {
  const titleId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  // Its id (a link's #target) and its embed page come from the island's place (embed-context.tsx).
  const place = useWidgetPlace();
  const classroom = useClassroom();
  const s = useStrings(shareStrings);
  const embed = place.id !== undefined && place.page !== undefined ? embedPath(place.page, place.id) : null;
  // Names the link gives that no control of the widget has: checked after each commit, when every
  // control of this render has registered (a control shown only in some states counts once shown).
  const [unknown, setUnknown] = useState('');
  useEffect(() => {
    if (classroom.hide.size + classroom.lock.size === 0) return;
    const text = unknownNames(classroom, place.controls.keys()).join(', ');
    if (text !== unknown) setUnknown(text);
  });
  const shownStatus = unknown !== '' ? `${status} ${s.ignored(unknown)}` : status;
  return (
    <div
      class="widget"
      data-widget={name}
      role="group"
      aria-labelledby={titleId}
      ref={rootRef}
      id={embed === null ? undefined : place.id}
      data-embed={embed ?? undefined}
    >
      <div class="widget__head">
        {/* caption=0 in an embed link hides the title from sight, not from the group's name. */}
        <p class={classroom.caption ? 'widget__title' : 'widget__title visually-hidden'} id={titleId}>
          {title}
        </p>
        <ShareMenu title={title} root={() => rootRef.current} />
      </div>
      <div class="widget__body">
        {controls && <div class="widget__controls">{controls}</div>}
        <div class="widget__figure">{children}</div>
        {settings && <div class="widget__settings">{settings}</div>}
        <div class="widget__foot">
          <div class="widget__messages" aria-live="assertive" data-messages>
            {messages.map((m, i) => (
              <p class="widget__message" key={i}>
                {m}
              </p>
            ))}
          </div>
          <p class="widget__status" role="status" aria-live="polite" data-status>
            {shownStatus}
          </p>
        </div>
      </div>
    </div>
  );
}
