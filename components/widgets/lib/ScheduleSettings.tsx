import type { ScheduleName } from '../../../src/engine/optim/index.ts';
import { scheduleNames } from '../../../src/engine/optim/index.ts';
import { Select, Slider } from './controls.tsx';
import { fmt } from './format.ts';
import { useLocale } from './i18n.tsx';
import {
  defaultSchedule,
  fieldOf,
  patchSchedule,
  scheduleFields,
  scheduleLabels,
  scheduleRanges,
  weightDecayRange,
} from './schedule-settings.ts';
import type { ScheduleSetting } from './schedule-settings.ts';

interface Props {
  /** The optimizer's title, the start of every label ("Adam weight decay λ"): labels stay unique in a widget. */
  title: string;
  weightDecay: number;
  schedule: ScheduleSetting;
  /** The run length a newly chosen schedule's lengths fit (see `defaultSchedule`). */
  horizon: number;
  onChange: (patch: { weightDecay?: number; schedule?: ScheduleSetting }) => void;
}

const stepsText = (v: number) => String(Math.round(v));

/**
 * Weight decay and the learning-rate schedule of one optimizer, as one compact group: a weight
 * decay slider, a select for the schedule, and a slider for each field of the chosen schedule
 * only. Shared by the Race and the Trainer so the two read and behave alike.
 */
export function ScheduleSettings({ title, weightDecay, schedule, horizon, onChange }: Props) {
  const words = scheduleLabels[useLocale()];
  return (
    <div class="schedule-settings" role="group" aria-label={`${title} ${words.schedule}`}>
      <Slider
        label={`${title} ${words.weightDecay}`}
        value={weightDecay}
        min={weightDecayRange.min}
        max={weightDecayRange.max}
        step={weightDecayRange.step}
        format={(v) => String(Number(v.toPrecision(4)))}
        onChange={(v) => onChange({ weightDecay: Number(v.toFixed(3)) })}
      />
      <Select<ScheduleName>
        label={`${title} ${words.schedule}`}
        value={schedule.name}
        options={scheduleNames.map((name) => ({ value: name, label: words.names[name] }))}
        onChange={(name) => onChange({ schedule: defaultSchedule(name, horizon) })}
      />
      {scheduleFields[schedule.name].map((field) => {
        const r = scheduleRanges[field];
        return (
          <Slider
            key={`${schedule.name}-${field}`}
            label={`${title} ${words.fields[field]}`}
            value={fieldOf(schedule, field)}
            min={r.min}
            max={r.max}
            step={r.step}
            format={r.step === 1 ? stepsText : (v) => fmt(Number(v.toPrecision(4)))}
            onChange={(v) => onChange({ schedule: patchSchedule(schedule, { [field]: v }) })}
          />
        );
      })}
    </div>
  );
}
