import { useEffect, useState } from 'preact/hooks';
import { Button, Slider } from './controls.tsx';
import { useAnimationFrame, prefersReducedMotion } from './hooks.ts';
import { useClassroom, useControlFlags } from './embed-context.tsx';
import { defineStrings, useStrings } from './i18n.tsx';
import { nextPlayStep } from './log-steps.ts';

const strings = defineStrings({
  en: {
    step: 'Step',
    of: (v: number, last: number) => `${v} of ${last}`,
    play: 'Play',
    pause: 'Pause',
    stepButton: 'Step',
    reset: 'Reset',
  },
  'zh-cn': {
    step: '步数',
    of: (v: number, last: number) => `${v} / ${last}`,
    play: '播放',
    pause: '暂停',
    stepButton: '单步',
    reset: '重置',
  },
});

interface Props {
  /** The step shown (0 = the start). */
  step: number;
  /** The last step there is (a run that diverged stops early). */
  last: number;
  /** The slider's maximum: the steps asked for. */
  max: number;
  onStep: (step: number) => void;
  /** Milliseconds between steps while playing. Default 250. */
  interval?: number;
  /** Steps per tick while playing (for long runs). Default 1. Ignored when `advance` is given. */
  stride?: number;
  /**
   * The step after `step` while playing, for a run shown on a log time axis (`nextPlayStep` in
   * log-steps.ts). Default: `step + stride`. The result is clamped to `last`.
   */
  advance?: (step: number, last: number) => number;
  /**
   * What Reset does besides stopping: by default it rewinds to step 0. A widget whose settings the
   * reader changes (α, say) passes a function that also restores its starting settings.
   */
  onReset?: () => void;
  /** The URL parameter of the step, the player's name in classroom links (`hide=step`). Default `step`. */
  param?: string;
}

/**
 * A step slider with Play/Pause, Step and Reset buttons, for widgets that replay a computed run
 * one step at a time. Nothing plays until the reader presses Play, and it can always be paused.
 * Play from the end starts over.
 */
export function StepPlayer({
  step,
  last,
  max,
  onStep,
  interval = 250,
  stride = 1,
  advance,
  onReset,
  param = 'step',
}: Props) {
  const s = useStrings(strings);
  const [playing, setPlaying] = useState(false);
  const { hidden, locked } = useControlFlags(param, s.step);
  // An embed link's step= and autoplay=1 (classroom.ts) apply once, when the flags arrive. A reader
  // who asked for reduced motion is not played at: the link then only sets the step.
  const classroom = useClassroom();
  useEffect(() => {
    if (classroom.step !== null) onStep(Math.min(last, classroom.step));
    if (classroom.autoplay && !prefersReducedMotion()) setPlaying(true);
  }, [classroom]);
  const [lastTick, setLastTick] = useState(0);
  useAnimationFrame(
    playing,
    () => {
      const now = performance.now();
      if (now - lastTick < interval) return true;
      setLastTick(now);
      if (step >= last) return false;
      const next = Math.min(last, advance ? advance(step, last) : step + stride);
      onStep(next);
      return next < last;
    },
    () => setPlaying(false),
  );
  return (
    <>
      <Slider
        label={s.step}
        value={Math.min(step, max)}
        min={0}
        max={max}
        step={1}
        format={(v) => s.of(v, last)}
        onChange={(v) => onStep(Math.min(last, Math.round(v)))}
        param={param}
      />
      <div class="widget__buttons" data-control={param} hidden={hidden || undefined}>
        <Button
          onClick={() => {
            if (step >= last) onStep(0);
            setPlaying(!playing);
          }}
          pressed={playing}
          disabled={locked}
        >
          {playing ? s.pause : s.play}
        </Button>
        <Button onClick={() => onStep(Math.min(last, step + 1))} disabled={locked || step >= last}>
          {s.stepButton}
        </Button>
        <Button
          disabled={locked}
          onClick={() => {
            setPlaying(false);
            if (onReset) onReset();
            else onStep(0);
          }}
        >
          {s.reset}
        </Button>
      </div>
    </>
  );
}

/**
 * The player of a long run shown on a logarithmic time axis (AdamInternals, AdaptiveSteps): the
 * step is `t` in links, the slider runs to `steps`, and while playing the cursor moves every
 * 110 ms, faster as t grows (`nextPlayStep`), so that each decade takes about as long to play.
 */
export function LogStepPlayer({ step, steps, onStep }: { step: number; steps: number; onStep: (t: number) => void }) {
  return (
    <StepPlayer param="t" step={step} last={steps} max={steps} onStep={onStep} interval={110} advance={nextPlayStep} />
  );
}
