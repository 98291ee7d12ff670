import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MutableRef } from 'preact/hooks';
import type { Surface } from '../../../src/engine/problems/index.ts';
import type { RunResult } from '../../../src/engine/sim/index.ts';
import { evenLevels, sampleField, shadeValues } from '../../../src/engine/sim/index.ts';
import { fmt } from '../lib/format.ts';
import { Plot } from '../lib/plot.ts';
import { gridContour } from '../lib/contour.ts';
import { keptMark } from '../lib/kept-mark.ts';
import { basePlotOptions, colors, xAxisRoom, yTitleRoom } from '../lib/plot-theme.ts';
import { frameWidths, shownFrameKind } from '../lib/PlotFigure.tsx';
import { ScaledPlot } from '../lib/ScaledPlot.tsx';
import type { PrepareFigure } from '../lib/ScaledPlot.tsx';
import type { DrawContext } from '../lib/PlotFigure.tsx';
import { fallbackScales, offsetAttrs, plotMargins, plotOffset, scalesOf } from '../lib/scales.ts';
import type { Scales } from '../lib/scales.ts';
import { trajectoryPath } from './chart-maths.ts';
import { pointAtClick, startAfterKey } from './keys.ts';
import { positionAt, runColor, runKey } from './model.ts';
import type { RaceRun } from './model.ts';
import type { RaceStrings } from './strings.ts';

export const mapAspect = 0.72;
const mapMargins = { top: yTitleRoom, right: 20, bottom: xAxisRoom, left: 44 } as const;

/** What the downloads need of the map on screen, and a way to draw the next surface's map ahead. */
export interface MapHandle {
  figure: Element | null;
  overlay: SVGSVGElement | null;
  scales: Scales | null;
  /** Draws the map of `surface` off screen (kept for the render that shows it); `name` for its description. */
  prepare?: (surface: Surface, name: string) => void;
  /** Traces the contours of `surface` off screen, ahead of `prepare` (which then copies them). */
  prepareContours?: (surface: Surface) => void;
  /** Makes the paths of `run` on `surface`'s map, whole and to step `upTo`, ahead of the render that shows them. */
  preparePaths?: (surface: Surface, run: RunResult, upTo: number) => void;
}

type Field = { sampled: ReturnType<typeof sampleField>; shade: Float64Array; thresholds: number[] };
/** The sampled grid and its levels, once per surface (a surface object is never changed). */
const fields = new WeakMap<Surface, Field>();
export function fieldOf(surface: Surface): Field {
  let field = fields.get(surface);
  if (!field) {
    const sampled = sampleField(surface.f, surface.domain, 72, 56);
    const shade = shadeValues(sampled);
    fields.set(surface, (field = { sampled, shade, thresholds: evenLevels(shade, 15) }));
  }
  return field;
}

/** The map's frame: its size, margins and scales, the same with or without its axes. */
const mapFrameOptions = (surface: Surface, context: DrawContext, label: string, description: string, axis?: null) => ({
  ...basePlotOptions(context, label, description),
  ...plotMargins(mapMargins),
  x: { domain: [...surface.domain.x], label: 'x', ...(axis === null ? { axis } : {}) },
  y: { domain: [...surface.domain.y], label: 'y', ...(axis === null ? { axis } : {}) },
});

/**
 * The level lines and shading of `surface`, kept per grid and figure size (kept-mark.ts): traced
 * once by `drawContours`, then copied into the map that `drawMap` draws. Each tracing in the
 * browser is marked 'race:contours' (detail: the map's clip id, which names the widget), so that a
 * test can count them.
 */
const contours = (surface: Surface, context: DrawContext, widget: string) => {
  const field = fieldOf(surface);
  return keptMark(field, 'race-map', context, (render) => {
    if (typeof window !== 'undefined') performance.mark('race:contours', { detail: widget });
    return gridContour(field.shade, {
      width: field.sampled.nx,
      height: field.sampled.ny,
      x1: surface.domain.x[0],
      x2: surface.domain.x[1],
      y1: surface.domain.y[0],
      y2: surface.domain.y[1],
      thresholds: field.thresholds,
      fill: colors.mapShade,
      fillOpacity: 0.05,
      stroke: colors.soft,
      strokeOpacity: 0.35,
      strokeWidth: 0.6,
      render,
    });
  });
};

/** The contour map of `surface` (its minima marked): what the overlay is drawn on. */
const drawMap = (surface: Surface, label: string, description: string, widget: string) => (context: DrawContext) =>
  Plot.plot({
    ...mapFrameOptions(surface, context, label, description),
    marks: [
      contours(surface, context, widget),
      Plot.dot(surface.minima, {
        x: (m: { point: number[] }) => m.point[0],
        y: (m: { point: number[] }) => m.point[1],
        symbol: 'times',
        r: 5,
        stroke: colors.fg,
        strokeWidth: 2,
      }),
      Plot.frame({ stroke: colors.grid }),
    ],
  });

/**
 * The map's contours alone, on the same frame without axes: drawn off screen a turn ahead of the
 * map (a new surface's map was one task of 90 ms and more at 4x CPU slow-down, half of it the
 * contours), so that `drawMap` then copies them.
 */
const drawContours = (surface: Surface, widget: string) => (context: DrawContext) =>
  Plot.plot({ ...mapFrameOptions(surface, context, '', '', null), marks: [contours(surface, context, widget)] });

export interface MapFigureProps {
  s: RaceStrings;
  /** The island's `useId()`: the clip paths' ids. */
  ids: string;
  /** The surface drawn (the runs' surface: the one chosen, once its runs and map are ready). */
  surface: Surface;
  /** The start chosen: the arrow keys move it from here, and the ring shows it at once on the same surface. */
  start: readonly [number, number];
  /** The runs' start (the ring's place while the runs of another surface are computed). */
  runStart: readonly [number, number];
  /** Whether the surface chosen is the one drawn. */
  current: boolean;
  /** Whether the race drawn is older than the controls' choice (its update is being computed). */
  settling: boolean;
  runs: readonly RaceRun[];
  shown: number;
  label: string;
  description: string;
  moveStart: (point: readonly number[]) => void;
  handle: MutableRef<MapHandle>;
}

/**
 * The contour map (a Plot, rebuilt only when the surface changes) with the trajectories on an SVG
 * overlay; arrow keys and clicks move the start.
 */
export function MapFigure({
  s,
  ids,
  surface,
  start,
  runStart,
  current,
  settling,
  runs,
  shown,
  label,
  description,
  moveStart,
  handle,
}: MapFigureProps) {
  // Contours: the grid is sampled once per surface.
  const field = fieldOf(surface);
  const clipId = `${ids}-clip`.replace(/[^\w-]/g, '');
  const prepare = useRef<PrepareFigure | null>(null);
  // The surfaces whose map ScaledPlot holds: the first one (the build's frame, kept, or drawn at
  // hydration) and every one drawn since. Their contours need no tracing ahead: without this, the
  // first key of the steps slider, and the build's surface chosen again, traced the contours of a
  // map already held, off screen, for nothing (about 100 ms of CPU at 4x slow-down).
  const mapped = useRef<WeakSet<Surface> | null>(null);
  mapped.current ??= new WeakSet([surface]);
  const mapOf = (next: Surface, name: string, text: string) => (context: DrawContext) => {
    mapped.current!.add(next);
    return drawMap(next, name, text, clipId)(context);
  };
  handle.current.prepare = (next, name) =>
    prepare.current?.([next, fieldOf(next)], mapOf(next, label, s.mapDescription(name)));
  // Kept by ScaledPlot as a figure of its own (hence `keep` 8: four surfaces' maps).
  handle.current.prepareContours = (next) => {
    if (!mapped.current!.has(next)) prepare.current?.([next, fieldOf(next), 'contours'], drawContours(next, clipId));
  };
  const [mapScales, setMapScales] = useState<Scales | null>(null);
  // Before the browser draws the map, its overlay is drawn with the scales of the build's frame
  // on screen: the laptop's or the phone's (ScaledPlot's onFrame).
  const [mapFrame, setMapFrame] = useState<number>(frameWidths.wide);
  const mapAt = (width: number) =>
    fallbackScales(surface.domain.x, surface.domain.y, mapAspect, mapMargins, 'linear', 'linear', width);
  const fallback = useMemo(() => mapAt(mapFrame), [surface, mapFrame]);
  const mapS = mapScales ?? fallback;
  handle.current.scales = mapS;
  // Another surface's map has other scales: its paths are made when it is drawn.
  handle.current.preparePaths = (next, run, upTo) => {
    if (next !== surface) return;
    trajectoryPath(run, run.steps, mapS);
    trajectoryPath(run, upTo, mapS);
  };
  // While the build's frame is kept (a map narrower than the page, as beside the Race's controls or
  // on a phone, is not redrawn until something changes), the downloads take that frame: the
  // overlay is drawn with its scales (mapAt(mapFrame)). Without this, SVG and PNG said "not drawn yet".
  const mapRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (mapScales) return;
    const plot = mapRef.current?.querySelector<HTMLElement>('.plot-figure');
    handle.current.figure = plot ? plot.querySelector(`:scope > .plot-frame--${shownFrameKind(plot)}`) : null;
    // Only when the frame shown may have changed: finding it reads the layout (getClientRects),
    // which, run with every played frame, forced a layout per frame (a third of a frame's time).
  }, [mapScales, surface]);

  const ring = current ? start : runStart;

  /** The trajectories over the map, drawn with `S`; `live` for the one overlay of a running widget. */
  const overlay = (S: Scales, live: boolean) => {
    // A hydrated build frame's overlay is not drawn again (ScaledPlot keeps the build's markup).
    // A played frame moves only the part drawn and the dots: the whole paths are kept
    // (trajectoryPath's paths by scales and run).
    const trail = runs.map((r) => ({
      name: runKey(r),
      color: runColor(r),
      full: trajectoryPath(r.run, r.run.steps, S),
      part: trajectoryPath(r.run, shown, S),
      at: positionAt(r.run, shown),
    }));
    const clip = live ? clipId : `${clipId}-${S.width}`;
    // Over a map Plot drew in the browser, the paths take Plot's offset of its marks (scales.ts):
    // a run that ends on a minimum then sits on its cross, not half a pixel beside it.
    const offset = live && mapScales !== null ? plotOffset() : 0;
    return (
      <svg
        {...(live ? { ref: (el: SVGSVGElement | null) => void (handle.current.overlay = el) } : {})}
        viewBox={`0 0 ${S.width} ${S.height}`}
        width="100%"
        height="100%"
        aria-hidden="true"
        class="race__overlay"
      >
        <defs>
          <clipPath id={clip}>
            <rect
              x={mapMargins.left}
              y={mapMargins.top}
              width={Math.max(0, S.width - mapMargins.left - mapMargins.right)}
              height={Math.max(0, S.height - mapMargins.top - mapMargins.bottom)}
            />
          </clipPath>
        </defs>
        <g {...offsetAttrs(offset)}>
          <g clip-path={`url(#${clip})`}>
            {trail.map(({ name, color, full }) => (
              <path key={`${name}-full`} d={full} fill="none" stroke={color} stroke-opacity={0.25} stroke-width={1.5} />
            ))}
            {trail.map(({ name, color, part }) => (
              <path
                key={`${name}-part`}
                d={part}
                fill="none"
                stroke={color}
                stroke-width={2.25}
                stroke-linejoin="round"
              />
            ))}
            {trail.map(({ name, color, at }) => (
              <circle
                key={`${name}-dot`}
                data-dot={name}
                cx={S.x(at.x)}
                cy={S.y(at.y)}
                r={5}
                fill={color}
                stroke="var(--bg-raised)"
                stroke-width={1.5}
              />
            ))}
          </g>
          <circle
            cx={S.x(ring[0])}
            cy={S.y(ring[1])}
            r={8}
            fill="none"
            stroke={colors.fg}
            stroke-width={2}
            data-start
          />
        </g>
      </svg>
    );
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const next = startAfterKey(event.key, event.shiftKey, start, surface.domain);
    if (!next) return;
    event.preventDefault();
    moveStart(next);
  };
  const onClick = (event: MouseEvent) => {
    const point = pointAtClick(
      (event.currentTarget as HTMLElement).getBoundingClientRect(),
      event.clientX,
      event.clientY,
      mapS,
    );
    if (point) moveStart(point);
  };

  return (
    <div
      ref={mapRef}
      class="race__map"
      {...(settling ? { 'data-settling': '' } : {})}
      tabIndex={0}
      role="application"
      aria-roledescription={s.picker}
      aria-label={s.pickerLabel(fmt(start[0]), fmt(start[1]))}
      onKeyDown={onKeyDown}
      onClick={onClick}
    >
      <ScaledPlot
        aspect={mapAspect}
        label={label}
        deps={[surface, field]}
        onDrawn={(figure, width, height) => {
          handle.current.figure = figure;
          setMapScales(scalesOf(figure, width, height));
        }}
        keep={8}
        prepare={prepare}
        draw={mapOf(surface, label, description)}
        onFrame={setMapFrame}
        onBuildFrame={() => setMapScales(null)}
        overlay={(frameWidth) =>
          overlay(frameWidth === undefined ? mapS : (mapScales ?? mapAt(frameWidth)), frameWidth === undefined)
        }
      />
    </div>
  );
}
