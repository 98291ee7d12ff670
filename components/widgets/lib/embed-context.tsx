/**
 * What a widget knows about where it is shown: its id and page (for its embed path and its share
 * link), its named controls (each lib control given a `param` registers its name and label as it
 * renders), and the classroom flags of an embed link. Provided by `withLocale` (i18n.tsx), which
 * every island's default export already goes through.
 *
 * The names an instructor can pass to `hide=`/`lock=` are the names of controls that rendered, not
 * the widget's URL parameters: a parameter with no control (a starting point set by dragging, a
 * formula) would hide nothing, so it is not offered (the Share menu, the author guide).
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { noFlags, readFlags, type ClassroomFlags } from './classroom.ts';

export interface WidgetPlace {
  /** The widget's id prop (the prefix of its URL parameters); undefined outside a widget. */
  id: string | undefined;
  /** The path of the page the widget was built into (Astro.url.pathname), undefined in unit tests. */
  page: string | undefined;
  /** The widget's named controls, name -> label (what hiding the name hides), in the order they first rendered. */
  controls: Map<string, string>;
}

/**
 * Where a build-time render collects a widget's control names (control-list.ts), with the flags to
 * render under; on a page there is none.
 */
export interface ControlSink {
  controls: Map<string, string>;
  flags: ClassroomFlags;
}

const PlaceContext = createContext<WidgetPlace>({ id: undefined, page: undefined, controls: new Map() });
const FlagsContext = createContext<ClassroomFlags>(noFlags);
const SinkContext = createContext<ControlSink | null>(null);
/** Whether an enclosing ControlGroup is locked: every control inside it is then shown disabled. */
const GroupLockContext = createContext(false);

export const ControlSinkProvider = SinkContext.Provider;
export const useWidgetPlace = (): WidgetPlace => useContext(PlaceContext);
export const useClassroom = (): ClassroomFlags => useContext(FlagsContext);

/** The attribute the embed layout puts on <html>: classroom flags apply on embed pages only. */
export const embedPageAttribute = 'data-embed-page';

/**
 * Registers a control name with its label without rendering anything: for a control shown only in
 * some states (the noise seed while there is noise), so its name is offered and kept in every state.
 */
export function useControlName(name: string | undefined, label: string): void {
  const { controls } = useWidgetPlace();
  if (name !== undefined && !controls.has(name)) controls.set(name, label);
}

/**
 * Registers the control named `name` (labelled `label`) and says whether the embed link hides or
 * locks it; a control inside a locked ControlGroup is locked too.
 */
export function useControlFlags(name: string | undefined, label = name ?? ''): { hidden: boolean; locked: boolean } {
  const flags = useClassroom();
  const groupLocked = useContext(GroupLockContext);
  useControlName(name, label);
  if (name === undefined) return { hidden: false, locked: groupLocked };
  return { hidden: flags.hide.has(name), locked: groupLocked || flags.lock.has(name) };
}

/**
 * A named group of controls (a racer's settings block): `hide=<name>` hides all of it, `lock=<name>`
 * shows every control in it disabled. Rendered as the element the caller's markup had (`as`), so
 * that naming a block changes nothing a reader sees.
 */
export function ControlGroup({
  name,
  label,
  as: Tag = 'div',
  children,
  ...rest
}: {
  name: string;
  label: string;
  as?: 'div' | 'fieldset' | 'details';
  children: ComponentChildren;
  class?: string;
  style?: Record<string, string>;
  role?: 'group';
  'aria-label'?: string;
  'data-optimizer'?: string;
}) {
  const { hidden, locked } = useControlFlags(name, label);
  return (
    <Tag {...rest} data-control={name} hidden={hidden || undefined}>
      <GroupLockContext.Provider value={locked}>{children}</GroupLockContext.Provider>
    </Tag>
  );
}

/**
 * Provides the place and, on an embed page, the flags. The flags are read after the first render
 * (a layout effect), so hydration matches the static frame; the embed page has applied hide=,
 * lock= and caption=0 to that frame already (layouts/Embed.astro), so their render moves no focus.
 */
export function WidgetPlaceProvider({
  id,
  page,
  children,
}: {
  id: string | undefined;
  page: string | undefined;
  children: ComponentChildren;
}) {
  const sink = useContext(SinkContext);
  const own = useRef(new Map<string, string>()).current;
  const controls = sink?.controls ?? own;
  const [flags, setFlags] = useState<ClassroomFlags>(sink?.flags ?? noFlags);
  useLayoutEffect(() => {
    if (!document.documentElement.hasAttribute(embedPageAttribute)) return;
    setFlags(readFlags(window.location.search));
  }, []);
  return (
    <PlaceContext.Provider value={{ id, page, controls }}>
      <FlagsContext.Provider value={flags}>{children}</FlagsContext.Provider>
    </PlaceContext.Provider>
  );
}
