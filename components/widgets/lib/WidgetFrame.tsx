import type { ComponentChildren } from 'preact';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { embedPath, unknownNames } from './classroom.ts';
import { usePinnedFigure } from './pin-figure.ts';
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
  /**
   * Figures that follow the main one (a loss chart under a map): on a wide screen a full-width row
   * under both columns, so the figure column beside the controls is short enough to stay in view
   * while any control moves; on a narrow one, after the settings.
   */
  below?: ComponentChildren;
  /** What the widget shows now, in words; read out politely by screen readers. */
  status: string;
  /**
   * A short form of a long status (one line: the step and the leader) for a narrow widget: a phone
   * pins it at the bottom of the screen and shows the full status in the flow under the figure,
   * so the pinned line does not cover the figure. The full status stays the one live region.
   */
  summary?: string;
  /** Problems with the reader's input (a bad link parameter, a run that diverged), shown prominently. */
  messages?: readonly string[];
  children: ComponentChildren;
}

/**
 * The frame every widget shares: a labelled group with controls, the figure and a live status line.
 * The layout (src/site/styles/widgets.css) keeps the figure beside or just below the controls (on a
 * wide screen pinned in view while the controls column beside it scrolls, when it fits: pin-figure.ts)
 * and the status line pinned to the bottom of the screen while the widget is in view; the DOM order
 * (controls, figure, settings, the figures below, status) is the reading and tab order at every width.
 */
export function WidgetFrame({
  name,
  title,
  controls,
  settings,
  below,
  status,
  summary,
  messages = [],
  children,
}: Props) {
  const titleId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const columnsRef = useRef<HTMLDivElement>(null);
  usePinnedFigure(columnsRef);
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
  // The same element while the title is: Preact skips it, and a key press does not re-render the menu.
  const share = useMemo(() => <ShareMenu title={title} root={rootRef} />, [title]);
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
        {share}
      </div>
      <div class="widget__body">
        {/* The two columns of a wide widget in their own box: a pinned figure stops where they end, above the figures below. */}
        <div class="widget__columns" ref={columnsRef}>
          {controls && <div class="widget__controls">{controls}</div>}
          <div class="widget__figure">
            {children}
            {/* A copy for sight only (the live region below is what is read): shown on a phone, where the pinned line is the summary. */}
            {summary !== undefined && (
              <p class="widget__status-full" aria-hidden="true">
                {shownStatus}
              </p>
            )}
          </div>
          {settings && <div class="widget__settings">{settings}</div>}
        </div>
        {below && <div class="widget__below">{below}</div>}
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
          {summary !== undefined && (
            <p class="widget__summary" aria-hidden="true">
              {summary}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
