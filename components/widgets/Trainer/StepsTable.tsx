import type { SideBySide } from '../../../src/engine/sim/index.ts';
import { fmt } from '../lib/format.ts';
import { inputSteps } from './effective-steps.ts';
import type { Lane } from './racers.ts';
import type { TrainerStrings } from './strings.ts';

export interface StepsTableProps {
  s: TrainerStrings;
  sideBySide: SideBySide;
  lanes: readonly Lane[];
  /** Bumped on every redraw: the table shows the same step as the status line. */
  version: number;
}

/** The optional per-weight step view (`showSteps`): one row per network, effective-steps.ts's two means. */
export function StepsTable({ s, sideBySide, lanes }: StepsTableProps) {
  const cell = (v: number | undefined) =>
    v === undefined ? s.steps.none : Number.isNaN(v) ? s.steps.noGradient : fmt(v);
  return (
    <table class="trainer__steps">
      <caption>{s.steps.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{s.steps.optimizer}</th>
          <th scope="col">{s.steps.fromX}</th>
          <th scope="col">{s.steps.fromY}</th>
        </tr>
      </thead>
      <tbody>
        {sideBySide.trainers.map((t, i) => {
          const steps = inputSteps(t);
          return (
            <tr key={lanes[i]?.key}>
              <th scope="row">{lanes[i]?.label}</th>
              <td>{cell(steps?.x)}</td>
              <td>{cell(steps?.y)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
