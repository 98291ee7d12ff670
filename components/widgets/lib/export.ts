/**
 * Serialising what a widget shows, for the reader to download: trajectories as CSV and JSON, and
 * a figure as a self-contained SVG (the page's CSS colour variables written in, since the file
 * leaves the page's style sheet behind).
 */

export interface TrajectoryExport {
  /** Optimizer name, e.g. 'adam'. */
  optimizer: string;
  /** The filled optimizer spec. */
  spec: Readonly<Record<string, unknown>>;
  /** Flattened points: x0, y0, x1, y1, ... */
  points: ArrayLike<number>;
  losses: ArrayLike<number>;
  /** Why the run stopped early, or null. */
  diverged: string | null;
  /**
   * The learning rate in force at each row, as the optimizer's `inspect().lr` reports it (row k:
   * the rate step k used; row 0: the rate step 1 will use). With it, the CSV gains the columns
   * `lr,weight_decay,schedule`, so a scheduled run can be read from the file alone.
   */
  lrs?: ArrayLike<number>;
  /** λ (with `lrs`). */
  weightDecay?: number;
  /** The schedule in words, e.g. `cosine tMax=300 minLr=0` (with `lrs`). */
  schedule?: string;
}

const csvCell = (value: string | number): string => {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
};

/**
 * One row per optimizer and step: `optimizer,step,x,y,loss`, then `lr,weight_decay,schedule` when
 * the runs carry their learning rates (`lrs`).
 */
export function trajectoriesToCsv(runs: readonly TrajectoryExport[]): string {
  const withLr = runs.some((run) => run.lrs !== undefined);
  const lines = [withLr ? 'optimizer,step,x,y,loss,lr,weight_decay,schedule' : 'optimizer,step,x,y,loss'];
  for (const run of runs) {
    for (let k = 0; k < run.losses.length; k++) {
      const cells: (string | number)[] = [
        run.optimizer,
        k,
        run.points[2 * k] ?? NaN,
        run.points[2 * k + 1] ?? NaN,
        run.losses[k] ?? NaN,
      ];
      if (withLr) cells.push(run.lrs?.[k] ?? NaN, run.weightDecay ?? NaN, run.schedule ?? '');
      lines.push(cells.map(csvCell).join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The configuration and every run, as formatted JSON. */
export function trajectoriesToJson(config: Readonly<Record<string, unknown>>, runs: readonly TrajectoryExport[]): string {
  const body = {
    generator: 'Descent playground',
    config,
    runs: runs.map((run) => ({
      optimizer: run.optimizer,
      spec: run.spec,
      diverged: run.diverged,
      points: Array.from({ length: run.losses.length }, (_, k) => [run.points[2 * k], run.points[2 * k + 1]]),
      losses: Array.from(run.losses),
    })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** The markup of a figure frame the page shares (src/site/shared-frames.ts): the symbol's content. */
const sharedFrame = (id: string): string => (typeof document === 'undefined' ? '' : (document.getElementById(id)?.innerHTML ?? ''));

/**
 * Replaces every `var(--name)` in an SVG's markup with the value `lookup(name)` gives (the
 * computed value on the page), so the file looks the same outside the page. Unknown names become
 * `currentColor`. Adds the SVG namespace if it is missing. A static frame that draws a frame the
 * page shares (`<use href="#shared-frame-2">`) gets that frame's content in place of the `<use>`
 * (`frame` looks it up), as the file has no page to refer to.
 */
export function standaloneSvg(markup: string, lookup: (name: string) => string, frame: (id: string) => string = sharedFrame): string {
  let out = markup.replace(/<use href="#(shared-frame-\d+)"(?:\s*\/>|><\/use>)/g, (_, id: string) => frame(id));
  out = out.replace(/var\(\s*(--[\w-]+)\s*(?:,[^)]*)?\)/g, (_, name: string) => {
    const value = lookup(name).trim();
    return value === '' || /[<>"]/.test(value) ? 'currentColor' : value;
  });
  if (!/^<svg[^>]*\sxmlns=/.test(out)) out = out.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
  return out;
}

/**
 * A safe file name from a title: lower case, hyphens, at most 60 characters. Chinese characters
 * are kept (a Chinese title would otherwise leave nothing), everything else becomes a hyphen.
 */
export function fileNameOf(title: string, extension: string): string {
  const base = title.toLowerCase().replace(/[^a-z0-9\p{Script=Han}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'figure';
  return `${base}.${extension}`;
}
