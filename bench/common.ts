/** What every benchmark section shares: timing, formatting, the table printer and the targets. */
export const quick = process.argv.includes('--quick');

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median over `reps` runs of `body()` (each run times `inner` calls), in ms per call. */
export function timeIt(body: () => void, inner: number, reps: number, warmup = 2): number {
  for (let i = 0; i < warmup; i++) for (let j = 0; j < inner; j++) body();
  const samples: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    for (let j = 0; j < inner; j++) body();
    samples.push((performance.now() - t0) / inner);
  }
  return median(samples);
}

export function fmt(x: number, digits = 3): string {
  return x >= 100 ? x.toFixed(0) : x.toPrecision(digits);
}

export function table(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ') + ' |';
  console.log(line(header));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const row of rows) console.log(line(row));
  console.log();
}

export const verdict = (met: boolean) => (met ? 'met' : 'NOT MET');
export const results: { target: string; met: boolean }[] = [];

