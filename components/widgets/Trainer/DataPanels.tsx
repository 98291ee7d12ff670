import { useId, useMemo } from 'preact/hooks';
import type { MutableRef } from 'preact/hooks';
import { classColors } from '../lib/plot-theme.ts';
import { circlesPath, gridSize, toPanel } from './boundaries.ts';
import type { TrainerSetup } from './model.ts';
import type { Lane } from './racers.ts';
import type { TrainerStrings } from './strings.ts';

type Domain2 = readonly [readonly [number, number], readonly [number, number]];

export interface DataPanelsProps {
  s: TrainerStrings;
  /** One per network, in the trainers' order (model.ts's trainerLanes). */
  lanes: readonly Lane[];
  setup: TrainerSetup;
  /**
   * What the points depend on (the data set and seed): a new setup with the same data (another
   * batch size, rate or optimizer) keeps the same points drawing, so Preact does not re-diff them.
   */
  dataKey: string;
  domain: Domain2;
  canvases: MutableRef<(HTMLCanvasElement | null)[]>;
}

/** One panel per network: its decision boundary (a canvas, painted by useBoundaryPainter) under the data points. */
export function DataPanels({ s, lanes, setup, dataKey, domain, canvases }: DataPanelsProps) {
  const { train, test } = setup;
  const points = useMemo(() => {
    const list: { x: number; y: number; label: number; test: boolean }[] = [];
    for (let r = 0; r < train.n; r++)
      list.push({ x: train.X[2 * r]!, y: train.X[2 * r + 1]!, label: train.Y[r]!, test: false });
    for (let r = 0; r < test.n; r++)
      list.push({ x: test.X[2 * r]!, y: test.X[2 * r + 1]!, label: test.Y[r]!, test: true });
    return list;
  }, [dataKey]);

  // The same vnode every render, so Preact skips re-diffing hundreds of circles on each redraw.
  // Every panel shows the same points: the first panel draws them, the others draw a <use> of it,
  // so a page ships them once (300 circles, 13.7 KB a copy before gzip; 0.6 KB gzipped saved on a
  // page with three panels).
  const pointsId = `${useId()}-points`;
  const pointsDrawing = useMemo(
    () => (
      <svg viewBox="0 0 100 100" aria-hidden="true">
        <g id={pointsId}>
          {/* Four groups (train or test, class 1 or 0), each one path of circles (boundaries.ts's
            circlesPath: another seed changes four attributes, not 600), carry the styles. */}
          {([false, true] as const).flatMap((isTest) =>
            [1, 0].map((label) => {
              const color = classColors[label === 1 ? 1 : 0];
              const style = isTest
                ? { fill: 'none', stroke: color, 'stroke-width': 0.6 }
                : { fill: color, stroke: 'var(--bg-raised)', 'stroke-width': 0.3 };
              const group = points
                .filter((p) => p.test === isTest && (p.label >= 0.5 ? 1 : 0) === label)
                .map((p) => toPanel(domain, p.x, p.y));
              return <path key={`${isTest}-${label}`} d={circlesPath(group)} {...style} />;
            }),
          )}
        </g>
      </svg>
    ),
    [points, pointsId],
  );
  const pointsCopy = useMemo(
    () => (
      <svg viewBox="0 0 100 100" aria-hidden="true">
        <use href={`#${pointsId}`} />
      </svg>
    ),
    [pointsId],
  );

  return (
    // data-pin-part: on a phone the panels stay on top while the settings are used, the steps table (showSteps) scrolls (pin-figure.ts).
    <ul class="trainer__panels" aria-label={s.boundaries} data-pin-part>
      {lanes.map((lane, index) => (
        <li key={lane.key} class="trainer__panel" style={{ '--swatch': lane.color }} data-panel={lane.key}>
          <p class="trainer__panel-title">{lane.label}</p>
          <div class="trainer__map" role="img" aria-label={s.boundary(lane.label)}>
            <canvas
              width={gridSize}
              height={gridSize}
              ref={(el) => {
                canvases.current[index] = el;
              }}
            />
            {index === 0 ? pointsDrawing : pointsCopy}
          </div>
        </li>
      ))}
    </ul>
  );
}
