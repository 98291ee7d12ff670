import type { VNode } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Data } from '../../../src/engine/data/index.ts';
import type { MLP } from '../../../src/engine/nn/index.ts';
import { classColors, colors } from '../lib/plot-theme.ts';
import { OverlayFigure } from '../lib/OverlayFigure.tsx';
import { px } from '../lib/overlay-layers.ts';
import type { Scales } from '../lib/scales.ts';
import { boundaryRings, ringsPath } from './decision-boundary.ts';
import { drawMapBase, mapMargins as margins, type MapBase } from './draws.ts';
import { figures } from './figures.ts';
import type { inputGrid } from './model.ts';

const aspect = 0.6;

export interface AdamMapProps {
  mlp: MLP;
  /** The shown network's weights (they change in place while it trains). */
  params: Float64Array;
  train: Data;
  /** The input grid over the data set's domain (model.ts's inputGrid, `size` × `size`). */
  grid: ReturnType<typeof inputGrid>;
  size: number;
  /** The region is traced again when any of these change (the race, the steps taken, the network shown). */
  deps: readonly unknown[];
  label: string;
  description: string;
}

/** The training points' circles, per data set and figure width: the same vnodes at every redraw (Preact skips them). */
const pointsCache = new WeakMap<Data, Map<number, VNode>>();

/**
 * The training points as Plot.dot drew them (r 3.5, a thin ring of the background; class 0, then
 * class 1 on top): one circle each, so that a point covers the ring of one under it.
 */
function pointCircles(train: Data, S: Scales): VNode {
  const byWidth = pointsCache.get(train) ?? new Map<number, VNode>();
  pointsCache.set(train, byWidth);
  let drawn = byWidth.get(S.width);
  if (drawn === undefined) {
    const label = (i: number) => (train.Y[i]! > 0.5 ? 1 : 0);
    const all = Array.from({ length: train.n }, (_, i) => i);
    drawn = (
      <>
        {([0, 1] as const).map((which) => (
          <g key={which} data-mark="dot" fill={classColors[which]} stroke="var(--bg)" stroke-width={0.8}>
            {all
              .filter((i) => label(i) === which)
              .map((i) => (
                <circle key={i} cx={px(S.x(train.X[2 * i]!))} cy={px(S.y(train.X[2 * i + 1]!))} r={3.5} />
              ))}
          </g>
        ))}
      </>
    );
    byWidth.set(S.width, drawn);
  }
  return drawn;
}

/**
 * The shown network's decision regions (its 0.5 contour) under the training points. The Plot draws
 * the axes and the frame once per data set; the region and the points are the overlay: at each
 * redraw while training only the region's path changes (decision-boundary.ts traces it as Plot's
 * contour mark did), where the whole Plot used to be rebuilt (its longest task while playing).
 * The frame is drawn in the AdamTrainer's figure worker (draws.ts).
 */
export function AdamMap({ mlp, params, train, grid, size, deps, label, description }: AdamMapProps) {
  const rings = useMemo(() => {
    const probs = new Float64Array(size * size);
    mlp.predict(params, grid.X, probs);
    return boundaryRings(probs, size, size, 0.5);
  }, [...deps, grid, size]);
  const base: MapBase = { label, description, x: grid.x, y: grid.y };
  return (
    <OverlayFigure
      aspect={aspect}
      label={label}
      description={description}
      deps={[grid]}
      scales={{ x: grid.x, y: grid.y, margins }}
      clip={false}
      draw={(context) => drawMapBase(base, context)}
      offThread={{ client: figures, figure: 'adam-map', input: base }}
      overlay={(S) => (
        <>
          <path
            data-mark="contour"
            d={ringsPath(rings, size, size, [S.x(grid.x[0]), S.x(grid.x[1])], [S.y(grid.y[0]), S.y(grid.y[1])])}
            fill={classColors[1]}
            fill-opacity={0.16}
            stroke={colors.fg}
            stroke-width={2}
            stroke-miterlimit={1}
          />
          {pointCircles(train, S)}
        </>
      )}
    />
  );
}
