import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface Props {
  /** The widget's kind, on the root as data-widget (tests and styles find widgets by it). */
  name: string;
  title: string;
  /** The controls, above the figure. */
  controls?: ComponentChildren;
  /** What the widget shows now, in words; read out politely by screen readers. */
  status: string;
  /** Problems with the reader's input (a bad link parameter, a run that diverged), shown prominently. */
  messages?: readonly string[];
  children: ComponentChildren;
}

/** The frame every widget shares: a labelled group with controls, the figure and a live status line. */
export function WidgetFrame({ name, title, controls, status, messages = [], children }: Props) {
  const titleId = useId();
  return (
    <div class="widget" data-widget={name} role="group" aria-labelledby={titleId}>
      <p class="widget__title" id={titleId}>
        {title}
      </p>
      {controls && <div class="widget__controls">{controls}</div>}
      <div class="widget__figure">{children}</div>
      <p class="widget__status" role="status" aria-live="polite" data-status>
        {status}
      </p>
      <div class="widget__messages" aria-live="assertive" data-messages>
        {messages.map((m, i) => (
          <p class="widget__message" key={i}>
            {m}
          </p>
        ))}
      </div>
    </div>
  );
}
