import type { Surface } from '../../../src/engine/problems/index.ts';
import { contourLevels, sampleGrid } from '../../../src/engine/sim/index.ts';
import { minimaLayers, pathLayers, pathPoints } from '../lib/contour.ts';
import { ContourFigure } from '../lib/ContourFigure.tsx';
import { LogLossChart } from '../lib/LogLossChart.tsx';
import { useRecentMemo } from '../lib/recent-memo.ts';
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
  // Kept for the last few surfaces, so that the map of a surface shown before is not sampled
  // again (and its contours, kept by the grid in ContourFigure, are not traced again).
  const { grid, levels } = useRecentMemo(() => {
    const grid = surface ? sampleGrid(surface.f, surface.domain, { nx: 80 }) : null;
    return { grid, levels: grid ? contourLevels(grid, { count: 14 }) : [] };
  }, [surface]);
  const lines = runs.map((run) => ({
    data: Array.from(run.losses.subarray(0, Math.min(shown, run.steps) + 1), (loss, k) => ({
      k,
      loss: Math.max(Math.abs(loss), 1e-16),
    })),
    stroke: colorOf(run.key),
    strokeWidth: run.key === 'rule' ? 2.4 : 1.6,
  }));
  // The rule drawn last: on top of a racer that follows the same path.
  const ordered = [...runs].reverse();
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
            ...ordered.flatMap((run) =>
              pathLayers(pathPoints(run.points, Math.min(shown, run.steps), 400), {
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
