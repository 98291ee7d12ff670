/**
 * The Race's downloads: the trajectories as CSV or JSON (with the configuration and the page's
 * link), and the map with its trajectories as SVG or PNG.
 */
import { cssVariable, downloadBlob, downloadText, svgToPng } from '../lib/download.ts';
import { fileNameOf, standaloneSvg, trajectoriesToCsv, trajectoriesToJson } from '../lib/export.ts';
import type { TrajectoryExport } from '../lib/export.ts';
import { scheduledLr } from '../../../src/engine/optim/index.ts';
import type { ResolvedSchedule } from '../../../src/engine/optim/index.ts';
import { runKey } from './model.ts';
import type { RaceRun } from './model.ts';

export type DownloadKind = 'csv' | 'json' | 'svg' | 'png';

/** A schedule in a CSV cell: its name, then its fields (`cosine tMax=300 minLr=0`). */
export const scheduleText = (schedule: ResolvedSchedule): string =>
  Object.entries(schedule)
    .map(([key, value]) => (key === 'name' ? String(value) : `${key}=${String(value)}`))
    .join(' ');

/** Each run with its filled spec (weight decay and schedule included) and the learning rate of every row. */
export const trajectoryExports = (runs: readonly RaceRun[]): TrajectoryExport[] =>
  runs.map(({ run, ...r }) => ({
    optimizer: runKey({ run, ...r }),
    spec: r.rule ? { name: 'rule', ...r.rule } : { ...run.spec },
    points: run.points,
    losses: run.losses,
    diverged: run.diverged?.reason ?? null,
    // A rule's rate, if any, is one of its params: its lr columns stay empty.
    ...(r.rule
      ? {}
      : {
          lrs: Array.from({ length: run.losses.length }, (_, k) => scheduledLr(run.spec, Math.max(1, k))),
          weightDecay: run.spec.weightDecay,
          schedule: scheduleText(run.spec.schedule),
        }),
  }));

/**
 * The map as one SVG document: the Plot's figure (`figureMarkup`, an <svg>) on a background of
 * `background`, with the overlay's trajectories (`overlayMarkup`, its inner SVG) drawn over it.
 */
export function mapSvgMarkup(figureMarkup: string, overlayMarkup: string, background: string): string {
  const open = figureMarkup.indexOf('>') + 1;
  const withBackground = `${figureMarkup.slice(0, open)}<rect width="100%" height="100%" fill="${background}"/>${figureMarkup.slice(open)}`;
  return withBackground.replace(/<\/svg>\s*$/, `<g class="trajectories">${overlayMarkup}</g></svg>`);
}

export interface RaceDownload {
  kind: DownloadKind;
  /** The surface's id (`formula` for a typed one): the file is `race-<name>.<kind>`. */
  name: string;
  runs: readonly RaceRun[];
  config: Readonly<Record<string, unknown>>;
  /** The map's figure and overlay on screen (null before they are drawn), and its size in pixels. */
  figure: Element | null;
  overlay: Element | null;
  width: number;
  height: number;
  notDrawn: string;
}

/** Saves one download; throws (with `notDrawn` for a figure not drawn yet) when it cannot. */
export async function downloadRace({
  kind,
  name,
  runs,
  config,
  figure,
  overlay,
  width,
  height,
  notDrawn,
}: RaceDownload): Promise<void> {
  const file = fileNameOf(`race-${name}`, kind);
  if (kind === 'csv') return downloadText(trajectoriesToCsv(trajectoryExports(runs)), 'text/csv', file);
  if (kind === 'json')
    return downloadText(trajectoriesToJson(config, trajectoryExports(runs)), 'application/json', file);
  if (!figure || !overlay) throw new Error(notDrawn);
  const background = cssVariable('--bg-raised') || '#ffffff';
  const markup = standaloneSvg(mapSvgMarkup(figure.outerHTML, overlay.innerHTML, background), cssVariable);
  if (kind === 'svg') downloadText(markup, 'image/svg+xml', file);
  else downloadBlob(await svgToPng(markup, width, height, background), file);
}
