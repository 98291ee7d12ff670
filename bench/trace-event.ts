/**
 * A Chrome trace event (category devtools.timeline) as the browser benchmarks read it
 * (profile.ts, input-breakdown.ts, load-tbt.ts). A type only: importing it runs nothing.
 */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: unlike `dur`, it does not grow when a loaded machine leaves the thread waiting. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; scriptName?: string; frame?: string } };
}
