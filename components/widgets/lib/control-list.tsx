/**
 * Build time only (the author guide, unit tests): a widget's named controls, found by rendering it
 * once the way the page renders it. The Share menu lists the same registry in the browser
 * (embed-context.tsx), so the guide's list and the menu's cannot drift apart.
 */
import { h, type ComponentType } from 'preact';
import { render } from 'preact-render-to-string';
import './ssr-dom.ts';
import { noFlags, type ClassroomFlags } from './classroom.ts';
import { ControlSinkProvider } from './embed-context.tsx';

/** One name an instructor can give `hide=` or `lock=`, and the label of what it hides. */
export interface ControlEntry {
  name: string;
  label: string;
}

/**
 * Renders `Island` (an island's default export, `withLocale`-wrapped) with `props` under `flags`,
 * and returns its named controls in the order they registered, and the HTML it rendered.
 */
export function controlsOf(
  Island: ComponentType<Record<string, unknown>>,
  props: Record<string, unknown>,
  flags: ClassroomFlags = noFlags,
): { controls: ControlEntry[]; html: string } {
  const sink = { controls: new Map<string, string>(), flags };
  const html = render(h(ControlSinkProvider, { value: sink }, h(Island, props)));
  return { controls: [...sink.controls].map(([name, label]) => ({ name, label })), html };
}
