import { useMemo } from 'preact/hooks';
import type { Surface } from '../../../src/engine/problems/index.ts';
import { minimaLayers, pathLayers } from '../lib/contour.ts';
import { ContourFigure } from '../lib/ContourFigure.tsx';
import { LogLossChart } from '../lib/LogLossChart.tsx';
import { drawnRun, shownPath, surfaceMap } from './drawn-runs.ts';
import type { CellRun } from './model.ts';
import type { RuleCellStrings } from './strings.ts';

interface Props {
  s: RuleCellStrings;
  surface: Surface | null;
  runs: readonly CellRun[];
  colorOf: (key: string) => string;
  shown: number;
  steps: number;
  where: string;
}

/** The map with every path up to the step shown (a surface only), and the loss of every run. */
export function CellFigures({ s, surface, runs, colorOf, shown, steps, where }: Props) {
  const { grid, levels } = surface ? surfaceMap(surface) : { grid: null, levels: [] };
  // Each run's rows and path, made once per set of runs (drawn-runs.ts): a step or a played frame
  // shows a prefix of them instead of making every point's object again.
  const drawn = useMemo(() => runs.map((run) => drawnRun(run, surface !== null)), [runs, surface !== null]);
  const lines = runs.map((run, i) => ({
    data: drawn[i]!.rows.slice(0, Math.min(shown, run.steps) + 1),
    stroke: colorOf(run.key),
    strokeWidth: run.key === 'rule' ? 2.4 : 1.6,
  }));
  // The rule drawn last: on top of a racer that follows the same path.
  const ordered = runs.map((run, i) => ({ run, path: drawn[i]!.path })).reverse();
  return (
    <div class="rule-cell__figures" data-figures>
      {surface && grid && (
        <ContourFigure
          grid={grid}
          contours={{ levels }}
          domain={surface.domain}
          aspect={0.72}
          label={s.mapLabel(where)}
          description={s.mapDescription}
          layers={[
            ...minimaLayers(surface),
            ...ordered.flatMap(({ run, path }) =>
              pathLayers(shownPath(run, path, Math.min(shown, run.steps)), {
                stroke: colorOf(run.key),
                r: 0,
                strokeWidth: run.key === 'rule' ? 2.4 : 1.6,
              }),
            ),
          ]}
        />
      )}
      <LogLossChart
        aspect={0.42}
        label={s.lossLabel(where)}
        description={s.lossDescription}
        x={{ key: 'k', domain: [0, steps], label: s.stepAxis }}
        y={{ key: 'loss', label: s.lossAxis }}
        lines={lines.length > 0 ? [...lines].reverse() : []}
      />
    </div>
  );
}
