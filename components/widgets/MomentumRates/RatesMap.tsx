import { Plot } from '../lib/plot.ts';
import { OverlayFigure } from '../lib/OverlayFigure.tsx';
import { dotsPath, linePath, paintOf, px, type DotsLayer, type LineLayer } from '../lib/overlay-layers.ts';
import { basePlotOptions } from '../lib/plot-theme.ts';
import { fallbackScales, plotMargins, type Scales } from '../lib/scales.ts';
import { bandTransform, mapAspect, mapMargins, type BandPath } from './heat-bands.ts';
import { mapDomain } from './model.ts';

interface Pair {
  alpha: number;
  mu: number;
}

interface Props {
  /** The rate's bands for the current κ (heat-bands.ts), in the wide frame's pixels. */
  bands: readonly BandPath[];
  /** The critical-damping curves of the flattest and the steepest direction. */
  curves: readonly { direction: 'slow' | 'steep'; points: readonly Pair[] }[];
  gd: Pair;
  best: Pair;
  point: Pair;
  label: string;
  description: string;
  /** A click or drag on the map, in data coordinates (not yet snapped or clamped). */
  onPick: (pair: Pair) => void;
}

const axes = { x: { domain: [...mapDomain.alpha], label: 'α' }, y: { domain: [...mapDomain.mu], label: 'μ' } } as const;
const overlayScales = { x: mapDomain.alpha, y: mapDomain.mu, margins: mapMargins };
const xy = ({ alpha, mu }: Pair) => ({ x: alpha, y: mu });

/**
 * The rate map: the axes are a Plot drawn once per width; the bands, the critical-damping curves,
 * gradient descent's best, the best pair and the reader's point are its overlay (OverlayFigure),
 * which Preact updates in place, so neither a κ key nor an (α, μ) key rebuilds a Plot. The layers
 * look as the Plot marks they replace (`Plot.contour` filled by the threshold's colour, `Plot.line`,
 * `Plot.dot` with a circle or a star).
 */
export function RatesMap({ bands, curves, gd, best, point, label, description, onPick }: Props) {
  const pick = (event: PointerEvent) => {
    const pair = pairAt(event.currentTarget as Element, event);
    if (pair) onPick(pair);
  };
  const lines = curves.flatMap(({ direction, points }): LineLayer[] => {
    const at = points.map(xy);
    return [
      { kind: 'line', points: at, stroke: '#000', strokeOpacity: 0.45, strokeWidth: 3 },
      {
        kind: 'line',
        points: at,
        stroke: '#fff',
        strokeWidth: 1.5,
        strokeDasharray: direction === 'slow' ? '2 3' : '6 3',
      },
    ];
  });
  const dots: DotsLayer[] = [
    { kind: 'dots', points: [xy({ alpha: gd.alpha, mu: 0 })], r: 6, fill: '#fff', stroke: '#000', strokeWidth: 1.5 },
  ];
  const reader: DotsLayer[] = [
    { kind: 'dots', points: [xy(point)], r: 8, stroke: '#000', strokeWidth: 4 },
    { kind: 'dots', points: [xy(point)], r: 8, stroke: '#fff', strokeWidth: 2 },
  ];
  const star = {
    kind: 'dots',
    points: [],
    r: 9,
    fill: '#fff',
    stroke: '#000',
    strokeWidth: 1.5,
  } as const satisfies DotsLayer;
  const overlay = (scales: Scales) => (
    <>
      <g transform={bandTransform(scales)}>
        {bands.map((band, i) => (
          <path key={i} fill={band.fill} d={band.d} />
        ))}
      </g>
      {lines.map((layer, i) => (
        <path key={`l${i}`} d={linePath(layer.points, scales)} {...paintOf(layer)} />
      ))}
      {dots.map((layer, i) => (
        <path key={`d${i}`} d={dotsPath(layer, scales)} {...paintOf(layer)} />
      ))}
      <path d={starPath(scales.x(best.alpha), scales.y(best.mu), star.r)} {...paintOf(star)} />
      {reader.map((layer, i) => (
        <path key={`p${i}`} data-layer="point" d={dotsPath(layer, scales)} {...paintOf(layer)} />
      ))}
    </>
  );
  return (
    <div
      class="rates-map"
      style={{ cursor: 'crosshair', touchAction: 'pan-y' }}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        pick(event);
      }}
      onPointerMove={(event) => {
        if ((event.buttons & 1) === 1) pick(event);
      }}
    >
      <OverlayFigure
        aspect={mapAspect}
        label={label}
        description={description}
        deps={[]}
        scales={overlayScales}
        clip={false}
        overlay={overlay}
        draw={(context) =>
          Plot.plot({
            ...basePlotOptions(context, label, description),
            ...plotMargins(mapMargins),
            ...axes,
            marks: [],
          })
        }
      />
    </div>
  );
}

/**
 * The data coordinates under a pointer on the map: read through the overlay on screen (its
 * viewBox is the frame's size in pixels, whose scales follow from the map's margins and domains),
 * so a click needs no drawn Plot, not even while the build's frame is shown.
 */
export function pairAt(map: Element, event: { clientX: number; clientY: number }): Pair | null {
  const svg = [...map.querySelectorAll<SVGSVGElement>('.overlay-figure__overlay > svg')].find(
    (element) => element.getClientRects().length > 0,
  );
  const box = svg?.viewBox.baseVal;
  if (!svg || !box || !(box.width > 0)) return null;
  const rect = svg.getBoundingClientRect();
  if (!(rect.width > 0 && rect.height > 0)) return null;
  const scales = fallbackScales(mapDomain.alpha, mapDomain.mu, mapAspect, mapMargins, 'linear', 'linear', box.width);
  const alpha = scales.invertX(((event.clientX - rect.left) * box.width) / rect.width);
  const mu = scales.invertY(((event.clientY - rect.top) * box.height) / rect.height);
  return Number.isFinite(alpha) && Number.isFinite(mu) ? { alpha, mu } : null;
}

/** d3's star symbol (Plot's `symbol: 'star'`) at Plot's size for radius `r` (area π r²), centred on (cx, cy). */
export function starPath(cx: number, cy: number, r: number): string {
  const outer = Math.sqrt(Math.PI * r * r * 0.8908130915292852);
  const kr = Math.sin(Math.PI / 10) / Math.sin((7 * Math.PI) / 10);
  const ix = Math.sin((2 * Math.PI) / 10) * kr * outer;
  const iy = -Math.cos((2 * Math.PI) / 10) * kr * outer;
  let d = `M${px(cx)},${px(cy - outer)}L${px(cx + ix)},${px(cy + iy)}`;
  for (let i = 1; i < 5; i++) {
    const a = (2 * Math.PI * i) / 5;
    const c = Math.cos(a);
    const s = Math.sin(a);
    d += `L${px(cx + s * outer)},${px(cy - c * outer)}L${px(cx + c * ix - s * iy)},${px(cy + s * ix + c * iy)}`;
  }
  return `${d}Z`;
}
