import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

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
  return (
    <div class="widget" data-widget={name} role="group" aria-labelledby={titleId}>
      <p class="widget__title" id={titleId}>
        {title}
      </p>
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
            {status}
          </p>
        </div>
      </div>
    </div>
  );
}
