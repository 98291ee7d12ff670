/**
 * RuleCell's downloads: the runs as CSV (one row per run and step; a network's runs give the
 * loss only, their weights being ~100 numbers a step), and what the cell draws as a PNG (the
 * stacked plots of the figure area, composed into one SVG, page colours written in).
 */
import { cssVariable, downloadBlob, downloadText, svgToPng } from '../lib/download.ts';
import { fileNameOf, standaloneSvg, trajectoriesToCsv } from '../lib/export.ts';
import type { Locale } from '../lib/i18n.tsx';
import type { CellRun } from './model.ts';

export function cellCsv(runs: readonly CellRun[]): string {
  return trajectoriesToCsv(
    runs.map((run) => ({
      optimizer: run.key,
      spec: {},
      points: run.dim === 2 ? run.points : new Float64Array(0),
      losses: run.losses,
      diverged: run.stopped ? `stopped at step ${run.stopped.step}` : null,
    })),
  );
}

export function downloadCellCsv(runs: readonly CellRun[], name: string): void {
  downloadText(cellCsv(runs), 'text/csv', fileNameOf(`rule-${name}`, 'csv'));
}

/** Every plot of the figure area, each at its place on screen, in one SVG, rasterised. */
export async function downloadCellPng(area: Element, name: string, locale: Locale, notDrawn: string): Promise<void> {
  const box = area.getBoundingClientRect();
  const svgs = [...area.querySelectorAll('svg')].filter((svg) => svg.parentElement?.closest('svg') === null);
  if (svgs.length === 0 || box.width === 0) throw new Error(notDrawn);
  const parts = svgs.map((svg) => {
    const r = svg.getBoundingClientRect();
    const copy = svg.cloneNode(true) as SVGSVGElement;
    copy.setAttribute('x', String(r.left - box.left));
    copy.setAttribute('y', String(r.top - box.top));
    copy.setAttribute('width', String(r.width));
    copy.setAttribute('height', String(r.height));
    return copy.outerHTML;
  });
  const background = cssVariable('--bg-raised') || '#ffffff';
  const { width, height } = box;
  const markup = standaloneSvg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="${background}"/>${parts.join('')}</svg>`,
    cssVariable,
  );
  downloadBlob(await svgToPng(markup, width, height, background, 2, locale), fileNameOf(`rule-${name}`, 'png'));
}
