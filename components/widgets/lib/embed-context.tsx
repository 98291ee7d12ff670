/**
 * What a widget knows about where it is shown: its id and page (for its embed path and its share
 * link), the names of its controls (its URL parameters, registered by useUrlState and useUrlParam
 * as the island renders), and the classroom flags of an embed link. Provided by `withLocale`
 * (i18n.tsx), which every island's default export already goes through.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { noFlags, readFlags, type ClassroomFlags } from './classroom.ts';

export interface WidgetPlace {
  /** The widget's id prop (the prefix of its URL parameters); undefined outside a widget. */
  id: string | undefined;
  /** The path of the page the widget was built into (Astro.url.pathname), undefined in unit tests. */
  page: string | undefined;
  /** The widget's control names, in the order they were registered. */
  names: Set<string>;
}

const PlaceContext = createContext<WidgetPlace>({ id: undefined, page: undefined, names: new Set() });
const FlagsContext = createContext<ClassroomFlags>(noFlags);

export const useWidgetPlace = (): WidgetPlace => useContext(PlaceContext);
export const useClassroom = (): ClassroomFlags => useContext(FlagsContext);

/** The attribute the embed layout puts on <html>: classroom flags apply on embed pages only. */
export const embedPageAttribute = 'data-embed-page';

/** Registers a control name (a URL parameter of the widget) for the Share menu and the flags. */
export function useControlName(name: string): void {
  useWidgetPlace().names.add(name);
}

/** Whether the control named `name` is hidden or locked by the embed link. */
export function useControlFlags(name: string | undefined): { hidden: boolean; locked: boolean } {
  const flags = useClassroom();
  if (name === undefined) return { hidden: false, locked: false };
  return { hidden: flags.hide.has(name), locked: flags.lock.has(name) };
}

/**
 * Provides the place and, on an embed page, the flags. The flags are read after the first render
 * (a layout effect), so hydration matches the static frame; by then every control name is known.
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
  const names = useRef(new Set<string>()).current;
  const [flags, setFlags] = useState<ClassroomFlags>(noFlags);
  useLayoutEffect(() => {
    if (!document.documentElement.hasAttribute(embedPageAttribute)) return;
    setFlags(readFlags(window.location.search, [...names]));
  }, []);
  return (
    <PlaceContext.Provider value={{ id, page, names }}>
      <FlagsContext.Provider value={flags}>{children}</FlagsContext.Provider>
    </PlaceContext.Provider>
  );
}
