import { describe, expect, it } from 'vitest';
import {
  createTrainingLoop,
  redrawEvery,
  trainingFrame,
} from '../../../../components/widgets/Trainer/training-loop.ts';
import type { TrainingFrameInput } from '../../../../components/widgets/Trainer/training-loop.ts';
import type { RoundRobin } from '../../../../components/widgets/Trainer/model.ts';

/** A stepper over `networks` stand-in trainers that counts steps and finishes at `limit` rounds. */
function fakeStepper(networks: number, limit = Infinity) {
  let cursor = 0;
  let steps = 0;
  const stepper: RoundRobin & { steps: number } = {
    get cursor() {
      return cursor;
    },
    get finished() {
      return steps >= limit * networks && cursor === 0;
    },
    get steps() {
      return steps;
    },
    run(max, keepGoing, toRoundEnd = false) {
      let taken = 0;
      while (taken < max && keepGoing()) {
        steps++;
        cursor = (cursor + 1) % networks;
        taken++;
        if (toRoundEnd && cursor === 0) break;
      }
      return taken;
    },
    finishRound() {
      while (cursor !== 0) this.run(1, () => true);
    },
    reset() {
      cursor = 0;
    },
  };
  return stepper;
}

const frameAt = (now: number, budgetLeft = Infinity) => {
  let calls = 0;
  return { now, within: () => ++calls <= budgetLeft };
};

describe('trainingFrame', () => {
  it('paints the waiting panels first and does not train while paused', () => {
    const painted: number[] = [];
    const stepper = fakeStepper(3);
    const loop = createTrainingLoop();
    loop.pending = [0, 1, 2];
    const input: TrainingFrameInput = {
      networks: 3,
      stepper,
      playing: false,
      perFrame: 4,
      paintPanel: (i) => painted.push(i),
    };
    // The budget runs out after two panels: the third waits for the next frame.
    expect(trainingFrame(loop, input, frameAt(0, 1))).toEqual({ again: true, stop: false, redraw: false });
    expect(painted).toEqual([0, 1]);
    expect(trainingFrame(loop, input, frameAt(16))).toEqual({ again: false, stop: false, redraw: false });
    expect(painted).toEqual([0, 1, 2]);
    expect(stepper.steps).toBe(0);
  });

  it('trains perFrame steps per network, and redraws at the end of a round once redrawEvery has passed', () => {
    const stepper = fakeStepper(3);
    const loop = createTrainingLoop();
    const input: TrainingFrameInput = { networks: 3, stepper, playing: true, perFrame: 4, paintPanel: () => {} };
    expect(trainingFrame(loop, input, frameAt(100))).toEqual({ again: true, stop: false, redraw: false });
    expect(stepper.steps).toBe(12);
    // Due: the frame stops at the end of the round (it is one already) and queues every panel.
    const due = trainingFrame(loop, input, frameAt(redrawEvery));
    expect(due.redraw).toBe(true);
    expect(stepper.steps).toBe(12);
    expect(loop.pending).toEqual([0, 1, 2]);
    expect(loop.lastRedraw).toBe(redrawEvery);
  });

  it('finishes a round before a due redraw, even mid-round', () => {
    const stepper = fakeStepper(3);
    const loop = createTrainingLoop();
    const input: TrainingFrameInput = { networks: 3, stepper, playing: true, perFrame: 4, paintPanel: () => {} };
    trainingFrame(loop, input, frameAt(10, 2)); // two steps, then the budget is gone: mid-round
    expect(stepper.cursor).toBe(2);
    const due = trainingFrame(loop, input, frameAt(10 + redrawEvery));
    expect(stepper.steps).toBe(3);
    expect(due.redraw).toBe(true);
  });

  it('stops after painting the last snapshot once training has finished', () => {
    const stepper = fakeStepper(2, 4);
    const loop = createTrainingLoop();
    const painted: number[] = [];
    const input: TrainingFrameInput = {
      networks: 2,
      stepper,
      playing: true,
      perFrame: 4,
      paintPanel: (i) => painted.push(i),
    };
    const last = trainingFrame(loop, input, frameAt(1));
    expect(last).toEqual({ again: true, stop: false, redraw: true });
    expect(loop.stopping).toBe(true);
    expect(trainingFrame(loop, input, frameAt(17))).toEqual({ again: false, stop: true, redraw: false });
    expect(painted).toEqual([0, 1]);
  });
});
