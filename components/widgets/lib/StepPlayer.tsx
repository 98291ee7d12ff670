import { useState } from 'preact/hooks';
import { Button, Slider } from './controls.tsx';
import { useAnimationFrame } from './hooks.ts';

/**
 * Step / Play / Pause / Reset and a step slider for widgets that replay a finished run one step
 * at a time. Playing advances a few steps per second (never a redraw per frame), never starts by
 * itself, and stops at the last step.
 */
export function StepPlayer({
  step,
  last,
  max,
  onStep,
  interval = 300,
}: {
  /** The step shown now (0 = the start). */
  step: number;
  /** The last step the run reached (fewer than `max` if it stopped early). */
  last: number;
  /** The number of steps asked for (the slider's range). */
  max: number;
  onStep: (step: number) => void;
  /** Milliseconds between steps while playing. */
  interval?: number;
}) {
  const [playing, setPlaying] = useState(false);
  const [lastTick, setLastTick] = useState(0);
  useAnimationFrame(
    playing,
    () => {
      const now = performance.now();
      if (now - lastTick < interval) return true;
      setLastTick(now);
      if (step >= last) return false;
      onStep(step + 1);
      return step + 1 < last;
    },
    () => setPlaying(false),
  );
  return (
    <>
      <Slider label="Step" value={step} min={0} max={max} step={1} format={(v) => `${v} of ${last}`} onChange={(v) => onStep(Math.min(last, Math.round(v)))} />
      <div class="widget__buttons">
        <Button
          onClick={() => {
            if (step >= last) onStep(0);
            setPlaying(!playing);
          }}
          pressed={playing}
        >
          {playing ? 'Pause' : 'Play'}
        </Button>
        <Button onClick={() => onStep(Math.min(last, step + 1))} disabled={step >= last}>
          Step
        </Button>
        <Button
          onClick={() => {
            setPlaying(false);
            onStep(0);
          }}
        >
          Reset
        </Button>
      </div>
    </>
  );
}
