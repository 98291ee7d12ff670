import type { ComponentChildren } from 'preact';
import { optimizerNames } from '../../../src/engine/optim/index.ts';
import type { OptimizerName } from '../../../src/engine/optim/index.ts';
import { Slider, Toggle } from './controls.tsx';
import { ControlGroup, useControlName } from './embed-context.tsx';
import { punctuation, useStrings } from './i18n.tsx';
import { hyperRanges } from './optimizer-settings.ts';
import { optimizerColor } from './plot-theme.ts';
import { ScheduleSettings } from './ScheduleSettings.tsx';
import type { ScheduleSetting } from './schedule-settings.ts';

/** What a card shows of one optimizer's settings. */
interface CardSettings {
  lr: number;
  weightDecay: number;
  schedule: ScheduleSetting;
}

export interface OptimizerCardsProps {
  legend: string;
  titles: Readonly<Record<OptimizerName, string>>;
  selected: readonly OptimizerName[];
  settings: Readonly<Record<OptimizerName, CardSettings>>;
  /** The run's length, which a newly chosen schedule's lengths fit. */
  horizon: number;
  /** The widget's words: the folded part's summary and the learning-rate slider's hint. */
  words: { moreSettings: string; logScale: string };
  toggle: (name: OptimizerName, on: boolean) => void;
  setLr: (name: OptimizerName, lr: number) => void;
  setSchedule: (name: OptimizerName, patch: { weightDecay?: number; schedule?: ScheduleSetting }) => void;
  /** More of one optimizer's settings, folded away before its weight decay and schedule (the Race's other hyperparameters). */
  extra?: (name: OptimizerName) => ComponentChildren;
}

/**
 * The control names of one optimizer's card in classroom links: the whole card (`adam`: its
 * toggle, learning rate and folded settings), its learning-rate slider (`adam.lr`) and its folded
 * settings (`adam.more`). Hiding a card hides its settings, not the optimizer: it still runs as the
 * link sets it (an instructor who wants it out of the race unticks it before copying the link).
 */
export const cardNames = (name: OptimizerName) => ({ card: name, lr: `${name}.lr`, more: `${name}.more` }) as const;

function OptimizerCard({ name, on, p }: { name: OptimizerName; on: boolean; p: OptimizerCardsProps }) {
  const title = p.titles[name];
  const names = cardNames(name);
  const os = p.settings[name];
  const moreLabel = `${title}${useStrings(punctuation).colon}${p.words.moreSettings}`;
  // Named while the optimizer is off too, so a link can hide them before they are shown; the card first.
  useControlName(names.card, title);
  useControlName(names.lr, `${title} α`);
  useControlName(names.more, moreLabel);
  return (
    <ControlGroup
      name={names.card}
      label={title}
      class="race__opt"
      data-optimizer={name}
      style={{ '--swatch': optimizerColor(name) }}
    >
      <Toggle label={title} checked={on} onChange={(checked) => p.toggle(name, checked)} />
      {on && (
        <>
          <Slider
            param={names.lr}
            label={`${title} α`}
            value={os.lr}
            min={hyperRanges.lr.min}
            max={hyperRanges.lr.max}
            log
            onChange={(lr) => p.setLr(name, lr)}
            hint={p.words.logScale}
          />
          <ControlGroup as="details" name={names.more} label={moreLabel} class="race__more">
            <summary>{p.words.moreSettings}</summary>
            {p.extra?.(name)}
            <ScheduleSettings
              title={title}
              weightDecay={os.weightDecay}
              schedule={os.schedule}
              horizon={p.horizon}
              onChange={(patch) => p.setSchedule(name, patch)}
            />
          </ControlGroup>
        </>
      )}
    </ControlGroup>
  );
}

/**
 * The one optimizer settings block of the Race and the Trainer: per optimizer, a card with a
 * toggle and, when it is on, its learning rate and, folded away, its other settings (`extra`),
 * weight decay and schedule.
 */
export function OptimizerCards(props: OptimizerCardsProps) {
  return (
    <fieldset class="race__optimizers">
      <legend>{props.legend}</legend>
      {optimizerNames.map((name) => (
        <OptimizerCard key={name} name={name} on={props.selected.includes(name)} p={props} />
      ))}
    </fieldset>
  );
}
