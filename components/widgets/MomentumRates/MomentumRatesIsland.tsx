import { Plot } from '../lib/plot.ts';
import { useMemo } from 'preact/hooks';
import { useAfterPaint, useHeldRef } from '../lib/after-paint.ts';
import { Button, Slider } from '../lib/controls.tsx';
import { fmt } from '../lib/format.ts';
import { useUrlState } from '../lib/hooks.ts';
import { Legend } from '../lib/Legend.tsx';
import { OverlayFigure } from '../lib/OverlayFigure.tsx';
import { basePlotOptions, colors, defaultMargins, seriesColor } from '../lib/plot-theme.ts';
import { plotMargins } from '../lib/scales.ts';
import { createRecentMemo } from '../lib/recent-memo.ts';
import { WidgetFrame } from '../lib/WidgetFrame.tsx';
import { useStrings, withLocale } from '../lib/i18n.tsx';
import { bandColors, bandPaths, divergedColor, traceBands, type BandPath, type Traced } from './heat-bands.ts';
import {
  criticalCurve,
  directionPaths,
  lambdaMax,
  lambdaMinOf,
  momentumRatesSpecs,
  pathSteps,
  rateLimits,
  rateText,
  snap,
  summarize,
} from './model.ts';
import { RatesMap } from './RatesMap.tsx';
import type { MomentumRatesProps } from './schema.ts';
import { strings } from './strings.ts';

const slowColor = seriesColor(0);
const steepColor = seriesColor(1);
/** The heat map's ends in its legend: fast (the first band's colour), slow (viridis' dark end). */
const fastColor = bandColors[0];
const slowHeatColor = '#440154';
/** How many κ keep their traced map (a slider held back and forth comes back to them). */
const keptKappas = 8;
/** The direction paths' chart: Plot's margins for it (its right one is Plot's default). */
const pathsDomain = { x: [0, pathSteps], y: [-1.2, 1.2] } as const;

/** The heavy ball's rate over (α, μ) on a quadratic, the reader's point, and its two directions. */
function MomentumRatesIsland(props: MomentumRatesProps) {
  const s = useStrings(strings);
  const { state, update, messages } = useUrlState(props.id, momentumRatesSpecs, {
    kappa: props.kappa,
    lr: props.lr,
    mu: props.momentum,
  });
  // A κ key: the map's bands are traced and written after the paint of the key's frame, in two
  // turns of the draw queue, and kept for the last few κ, so a key back to a κ seen costs nothing.
  // Until they are in, the map shows the κ it was drawn for whole (bands, curves, best pair).
  const traced = useHeldRef(() => createRecentMemo<Traced>(keptKappas));
  const written = useHeldRef(() => createRecentMemo<BandPath[]>(keptKappas));
  const kappa = state.kappa;
  const trace = () => traced(() => traceBands(kappa), [kappa]);
  const map = useAfterPaint(() => ({ kappa, bands: written(() => bandPaths(trace()), [kappa]) }), [kappa], {
    stages: () => [() => void trace()],
  }).value;
  const summary = summarize(state.kappa, state.lr, state.mu);
  const mapSummary = map.kappa === state.kappa ? summary : summarize(map.kappa, state.lr, state.mu);
  const paths = useMemo(() => directionPaths(state.kappa, state.lr, state.mu), [state.kappa, state.lr, state.mu]);
  const curves = useMemo(
    () => [
      { direction: 'slow' as const, points: criticalCurve(lambdaMinOf(map.kappa)) },
      { direction: 'steep' as const, points: criticalCurve(lambdaMax) },
    ],
    [map.kappa],
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

  const kappaText = fmt(map.kappa);
  const mapLabel = s.mapLabel(kappaText);
  const mapDescription = s.mapDescription(kappaText, fmt(mapSummary.best.alpha), fmt(mapSummary.best.mu));
  const pathsDescription = s.pathsDescription(pathSteps, damping[summary.slow], damping[summary.steep]);

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
      <RatesMap
        bands={map.bands}
        curves={curves}
        gd={{ alpha: mapSummary.gd.alpha, mu: 0 }}
        best={mapSummary.best}
        point={{ alpha: state.lr, mu: state.mu }}
        label={mapLabel}
        description={mapDescription}
        onPick={({ alpha, mu }) =>
          update({
            lr: snap(alpha, rateLimits.alpha.min, rateLimits.alpha.max),
            mu: snap(mu, rateLimits.mu.min, rateLimits.mu.max),
          })
        }
      />
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
        scales={{ ...pathsDomain, margins: defaultMargins }}
        layers={[
          { kind: 'line', points: paths.slow, stroke: slowColor, strokeWidth: 1.8 },
          { kind: 'line', points: paths.steep, stroke: steepColor, strokeWidth: 1.8 },
        ]}
        draw={(context) =>
          Plot.plot({
            ...basePlotOptions(context, s.pathsLabel, pathsDescription),
            ...plotMargins(defaultMargins),
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
