import { Slider } from '../lib/controls.tsx';
import type { RuleLr } from './racers.ts';
import type { TrainerStrings } from './strings.ts';

/**
 * A learning-rate slider per rule racer whose rule declares `lr`, over the range of its `param`
 * line: the reader turns a rule's rate as a built-in's, and the link keeps it (`<id>.rl`).
 */
export function RuleRacerSettings({
  s,
  lrs,
  values,
  setLr,
}: {
  s: TrainerStrings;
  lrs: readonly RuleLr[];
  values: Readonly<Record<string, number>>;
  setLr: (key: string, lr: number) => void;
}) {
  if (lrs.length === 0) return null;
  return (
    <fieldset class="race__optimizers trainer__rules">
      <legend>{s.ruleRacers}</legend>
      {lrs.map((lr) => (
        <Slider
          key={lr.key}
          label={`${lr.label} α`}
          value={values[lr.key] ?? lr.value}
          min={lr.min}
          max={lr.max}
          log={lr.min > 0}
          onChange={(v) => setLr(lr.key, v)}
          {...(lr.min > 0 ? { hint: s.logScale } : {})}
        />
      ))}
    </fieldset>
  );
}
