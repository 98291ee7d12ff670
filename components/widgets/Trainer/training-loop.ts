/**
 * The work of each animation frame while the Trainer trains, within the frame's time budget
 * (lib/frame-scheduler.ts): first the decision boundaries waiting to be painted, one network at a
 * time (a snapshot is painted whole before training goes on, so the panels, the curves and the
 * status show the same step); then, while training, single optimizer steps taken in turn
 * (createRoundRobin), so a frame can end between two networks. Every `redrawEvery` ms, at the end
 * of a whole round, the status and the loss curves re-render and every panel is queued for
 * painting. Nothing here rebuilds a Plot.
 */
import type { FrameContext } from '../lib/frame-scheduler.ts';
import type { RoundRobin } from './model.ts';

/** How often (ms) the decision boundaries, loss curves and status are redrawn while training. */
export const redrawEvery = 250;

/** What carries over from one frame to the next. */
export interface TrainingLoop {
  /** Panels (network indices) still to paint. */
  pending: number[];
  /** Start time of the frame of the last redraw. */
  lastRedraw: number;
  /** Set when training has finished: the next frame, once the last snapshot is painted, stops. */
  stopping: boolean;
}

/** What a frame sees of the widget (its latest render). */
export interface TrainingFrameInput {
  networks: number;
  stepper: RoundRobin;
  playing: boolean;
  /** Steps per network per frame (the speed), always cut short by the budget. */
  perFrame: number;
  paintPanel(index: number): void;
}

export interface TrainingFrameResult {
  /** Request another frame. */
  again: boolean;
  /** Training has finished: the widget stops playing. */
  stop: boolean;
  /** A new snapshot: the status and the curves re-render. */
  redraw: boolean;
}

export const createTrainingLoop = (): TrainingLoop => ({ pending: [], lastRedraw: 0, stopping: false });

/** All of the panels, queued for painting. */
export const everyPanel = (networks: number): number[] => Array.from({ length: networks }, (_, i) => i);

export function trainingFrame(loop: TrainingLoop, input: TrainingFrameInput, frame: FrameContext): TrainingFrameResult {
  const { stepper } = input;
  let redraw = false;
  while (loop.pending.length > 0) {
    input.paintPanel(loop.pending.shift()!);
    if (!frame.within()) break;
  }
  if (loop.pending.length === 0 && input.playing) {
    if (loop.stopping) {
      loop.stopping = false;
      return { again: false, stop: true, redraw: false };
    }
    const due = frame.now - loop.lastRedraw >= redrawEvery;
    if (!(due && stepper.cursor === 0)) stepper.run(input.perFrame * input.networks, () => frame.within(), due);
    if (stepper.cursor === 0 && (due || stepper.finished)) {
      loop.lastRedraw = frame.now;
      loop.pending = everyPanel(input.networks);
      loop.stopping = stepper.finished;
      redraw = true;
    }
  }
  return { again: loop.pending.length > 0 || input.playing, stop: false, redraw };
}
