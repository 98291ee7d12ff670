import { Plot } from '../lib/plot.ts';
import { gridContour } from '../lib/contour.ts';
import { useMemo, useRef } from 'preact/hooks';
import { Button, Slider } from '../lib/controls.tsx';
import { fmt } from '../lib/format.ts';
import { useUrlState } from '../lib/hooks.ts';
import { Legend } from '../lib/Legend.tsx';
import { OverlayFigure } from '../lib/OverlayFigure.tsx';
import { PlotFigure } from '../lib/PlotFigure.tsx';
import { basePlotOptions, xAxisRoom, colors, seriesColor, yTitleRoom } from '../lib/plot-theme.ts';
import { plotMargins } from '../lib/scales.ts';
import { dataAtWhenDrawn } from '../lib/pointer.ts';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { useStrings, withLocale } from '../lib/i18n.tsx';
import {
  criticalCurve,
  directionPaths,
  heat,
  heatMap,
  lambdaMax,
  lambdaMinOf,
  mapDomain,
  momentumRatesSpecs,
  pathSteps,
  rateLimits,
  rateText,
  snap,
  summarize,
} from './model.ts';
import type { MomentumRatesProps } from './schema.ts';
import { strings } from './strings.ts';

const slowColor = seriesColor(0);
const steepColor = seriesColor(1);
/** The heat map's ends (Plot's viridis, reversed: bright is fast) and the diverging region's grey. */
const fastColor = '#fde725';
const slowHeatColor = '#440154';
const divergedColor = '#9a9a9a';
/** Both layers of the map use the same margins, so their scales line up. */
const margins = { marginTop: 22, marginRight: 14, marginBottom: xAxisRoom, marginLeft: 40 } as const;
const mapAspect = 0.62;
const axes = { x: { domain: [...mapDomain.alpha], label: 'α' }, y: { domain: [...mapDomain.mu], label: 'μ' } } as const;
const mapScales = {
  x: mapDomain.alpha,
  y: mapDomain.mu,
  margins: {
    top: margins.marginTop,
    right: margins.marginRight,
    bottom: margins.marginBottom,
    left: margins.marginLeft,
  },
};
/** The direction paths' chart: Plot's margins for it (its right one is Plot's default). */
const pathsMargins = { top: yTitleRoom, right: 20, bottom: xAxisRoom, left: 40 };
const pathsDomain = { x: [0, pathSteps], y: [-1.2, 1.2] } as const;

/** The heavy ball's rate over (α, μ) on a quadratic, the reader's point, and its two directions. */
function MomentumRatesIsland(props: MomentumRatesProps) {
  const s = useStrings(strings);
  const { state, update, messages } = useUrlState(props.id, momentumRatesSpecs, {
    kappa: props.kappa,
    lr: props.lr,
    mu: props.momentum,
  });
  const overlayRef = useRef<HTMLDivElement>(null);
  const map = useMemo(() => heatMap(state.kappa), [state.kappa]);
  const grid = {
    width: map.nx,
    height: map.ny,
    x1: mapDomain.alpha[0],
    x2: mapDomain.alpha[1],
    y1: mapDomain.mu[0],
    y2: mapDomain.mu[1],
  };
  const summary = summarize(state.kappa, state.lr, state.mu);
  const paths = useMemo(() => directionPaths(state.kappa, state.lr, state.mu), [state.kappa, state.lr, state.mu]);
  const readerPoint = [{ x: state.lr, y: state.mu }];
  const curves = useMemo(
    () => [
      { direction: 'slow', points: criticalCurve(lambdaMinOf(state.kappa)) },
      { direction: 'steep', points: criticalCurve(lambdaMax) },
    ],
    [state.kappa],
  );

  const damping = s.damping;
  const status = s.status({
    alpha: fmt(state.lr),
    mu: fmt(state.mu),
    rate: rateText(summary.rate),
    tenfold: Number.isFinite(summary.tenfold) ? summary.tenfold : null,
    slow: damping[summary.slow],
    steep: damping[summary.steep],
    bestAlpha: fmt(summary.best.alpha),
    bestMu: fmt(summary.best.mu),
    bestRate: rateText(summary.best.rate),
    bestTenfold: summary.best.tenfold,
    gdRate: rateText(summary.gd.rate),
    gdTenfold: summary.gd.tenfold,
  });

  const kappaText = fmt(state.kappa);
  const mapLabel = s.mapLabel(kappaText);
  const mapDescription = s.mapDescription(kappaText, fmt(summary.best.alpha), fmt(summary.best.mu));
  const pointLabel = s.pointLabel(fmt(state.lr), fmt(state.mu));
  const pathsDescription = s.pathsDescription(pathSteps, damping[summary.slow], damping[summary.steep]);

  /** A click or drag on the map moves the reader's point there (the sliders are its keyboard twin). */
  const pick = async (event: PointerEvent) => {
    const container = overlayRef.current;
    if (!container) return;
    const [alpha, mu] = await Promise.all([
      dataAtWhenDrawn(container, event, 'x'),
      dataAtWhenDrawn(container, event, 'y'),
    ]);
    if (alpha === null || mu === null) return;
    update({
      lr: snap(alpha, rateLimits.alpha.min, rateLimits.alpha.max),
      mu: snap(mu, rateLimits.mu.min, rateLimits.mu.max),
    });
  };

  return (
    <WidgetFrame
      name="momentum-rates"
      title={s.title}
      status={status}
      messages={messages}
      controls={
        <>
          <Slider
            param="kappa"
            label={s.kappa}
            value={state.kappa}
            min={rateLimits.kappa.min}
            max={rateLimits.kappa.max}
            log
            onChange={(kappa) => update({ kappa })}
            hint={s.kappaHint}
          />
          <Slider
            param="lr"
            label={s.alpha}
            value={state.lr}
            min={rateLimits.alpha.min}
            max={rateLimits.alpha.max}
            step={0.01}
            onChange={(lr) => update({ lr })}
            hint={s.alphaHint}
          />
          <Slider
            param="mu"
            label={s.mu}
            value={state.mu}
            min={rateLimits.mu.min}
            max={rateLimits.mu.max}
            step={0.01}
            onChange={(mu) => update({ mu })}
          />
          <Button name="best" onClick={() => update({ lr: summary.best.alpha, mu: summary.best.mu })}>
            {s.best}
          </Button>
        </>
      }
    >
      <Legend
        items={[
          { label: s.heatKey.fast, color: fastColor },
          { label: s.heatKey.slow, color: slowHeatColor },
          { label: s.heatKey.diverges, color: divergedColor },
          { label: s.legend.critical, color: colors.fg, dashed: true },
        ]}
        note={s.legend.best}
      />
      <div class="rates-map" style={{ position: 'relative' }}>
        <PlotFigure
          aspect={mapAspect}
          label={mapLabel}
          deps={[state.kappa]}
          draw={(context) =>
            Plot.plot({
              ...basePlotOptions(context, mapLabel, mapDescription),
              ...margins,
              ...axes,
              color: { type: 'linear', scheme: 'viridis', domain: [0, heat.slowest], reverse: true },
              marks: [
                // `value` given as the array itself: a bare fill: 'value' would read a field of each number.
                gridContour(map.heat, { ...grid, value: map.heat, thresholds: [...heat.thresholds], fill: 'value' }),
                // The diverging region from the rate itself, which is continuous, so its edge is smooth.
                gridContour(map.values, { ...grid, thresholds: [1], fill: divergedColor }),
              ],
            })
          }
        />
        <div
          ref={overlayRef}
          class="rates-map__overlay"
          style={{ position: 'absolute', inset: 0, cursor: 'crosshair', touchAction: 'pan-y' }}
          onPointerDown={(event) => {
            event.currentTarget.setPointerCapture(event.pointerId);
            void pick(event);
          }}
          onPointerMove={(event) => {
            if ((event.buttons & 1) === 1) void pick(event);
          }}
        >
          {/* The reader's point moves over the curves without a Plot rebuilt: an overlay layer. */}
          <OverlayFigure
            aspect={mapAspect}
            label={pointLabel}
            drawAtOnce
            deps={[state.kappa]}
            scales={mapScales}
            clip={false}
            layers={[
              { kind: 'dots', points: readerPoint, r: 8, stroke: '#000', strokeWidth: 4 },
              { kind: 'dots', points: readerPoint, r: 8, stroke: '#fff', strokeWidth: 2 },
            ]}
            draw={(context) =>
              Plot.plot({
                ...basePlotOptions(context, pointLabel, mapDescription),
                ...margins,
                x: { ...axes.x, axis: null },
                y: { ...axes.y, axis: null },
                marks: [
                  ...curves.flatMap(({ direction, points }) => [
                    Plot.line(points, { x: 'alpha', y: 'mu', stroke: '#000', strokeOpacity: 0.45, strokeWidth: 3 }),
                    Plot.line(points, {
                      x: 'alpha',
                      y: 'mu',
                      stroke: '#fff',
                      strokeWidth: 1.5,
                      strokeDasharray: direction === 'slow' ? '2 3' : '6 3',
                    }),
                  ]),
                  Plot.dot([{ alpha: summary.gd.alpha, mu: 0 }], {
                    x: 'alpha',
                    y: 'mu',
                    r: 6,
                    fill: '#fff',
                    stroke: '#000',
                    strokeWidth: 1.5,
                  }),
                  Plot.dot([summary.best], {
                    x: 'alpha',
                    y: 'mu',
                    symbol: 'star',
                    r: 9,
                    fill: '#fff',
                    stroke: '#000',
                    strokeWidth: 1.5,
                  }),
                ],
              })
            }
          />
        </div>
      </div>
      <Legend
        items={[
          { label: s.legend.slow, color: slowColor },
          { label: s.legend.steep, color: steepColor },
        ]}
      />
      <OverlayFigure
        aspect={0.4}
        label={s.pathsLabel}
        description={pathsDescription}
        deps={[]}
        scales={{ ...pathsDomain, margins: pathsMargins }}
        layers={[
          { kind: 'line', points: paths.slow, stroke: slowColor, strokeWidth: 1.8 },
          { kind: 'line', points: paths.steep, stroke: steepColor, strokeWidth: 1.8 },
        ]}
        draw={(context) =>
          Plot.plot({
            ...basePlotOptions(context, s.pathsLabel, pathsDescription),
            ...plotMargins(pathsMargins),
            x: { domain: [...pathsDomain.x], label: s.xStep },
            y: { domain: [...pathsDomain.y], label: s.yDistance, grid: true },
            clip: true,
            marks: [Plot.ruleY([0], { stroke: colors.soft })],
          })
        }
      />
    </WidgetFrame>
  );
}

export default withLocale(MomentumRatesIsland);
