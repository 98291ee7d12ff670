import { useMemo } from 'preact/hooks';
import { Slider } from '../lib/controls.tsx';
import { ControlGroup } from '../lib/embed-context.tsx';
import { fmt } from '../lib/format.ts';
import { hyperRanges } from '../lib/optimizer-settings.ts';
import { useUrlParam } from '../lib/url-param.ts';
import { isRuleEntry, lrsFromLink, lrsToLink } from './entry-runs.ts';
import type { AnyEntry } from './entry-runs.ts';
import { raceEntries } from './racers.ts';
import type { RaceProps } from './schema.ts';
import type { RaceStrings } from './strings.ts';

/**
 * A race given as `racers`: its entries, and the reader's learning rate for each built-in entry,
 * in the link by entry key (`<id>.lr`). Null for the older form (optimizers and hyper).
 */
export function useEntries(props: RaceProps) {
  const entries = useMemo(() => (props.racers === undefined ? null : raceEntries(props)), []);
  const keys = entries?.map((e) => e.key) ?? [];
  const lrs = useUrlParam<Record<string, number>>(`${props.id}.lr`, {}, lrsToLink, (raw) => ({
    value: lrsFromLink(raw, keys),
    messages: [],
  }));
  if (entries === null) return null;
  return { entries, lrs: lrs.value, setLr: (key: string, lr: number) => lrs.setValue({ ...lrs.value, [key]: lr }) };
}

/**
 * One learning-rate slider per built-in entry (a rule's rate is a param of its source). In
 * classroom links, as in the optimizer cards, the entry's key names its block (here only the
 * slider) and `<key>.lr` its learning-rate slider.
 */
export function EntrySettings({
  s,
  entries,
  lrs,
  setLr,
}: {
  s: RaceStrings;
  entries: readonly AnyEntry[];
  lrs: Readonly<Record<string, number>>;
  setLr: (key: string, lr: number) => void;
}) {
  const range = hyperRanges.lr;
  return (
    <fieldset class="race__row race__entries">
      <legend class="control__label">{s.optimizers}</legend>
      {entries.map((entry) =>
        isRuleEntry(entry) ? null : (
          <ControlGroup key={entry.key} name={entry.key} label={entry.label} class="control-group">
            <Slider
              param={`${entry.key}.lr`}
              label={`${entry.label} α`}
              value={lrs[entry.key] ?? entry.settings.lr}
              min={range.min}
              max={range.max}
              log
              format={(v) => fmt(v)}
              onChange={(lr) => setLr(entry.key, lr)}
            />
          </ControlGroup>
        ),
      )}
    </fieldset>
  );
}
