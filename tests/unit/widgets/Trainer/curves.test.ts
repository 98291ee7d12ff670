import { describe, expect, it } from 'vitest';
import { lossCurves, lossFloor } from '../../../../components/widgets/Trainer/curves.ts';
import type { SideBySide } from '../../../../src/engine/sim/index.ts';

const trainer = (epochStep: number[], trainLoss: number[], testLoss: number[]) => ({
  history: { epochStep, trainLoss, testLoss },
});
const identity = { x: (v: number) => v, y: (v: number) => v };

describe('lossCurves', () => {
  it('draws train and test loss per network against the step, losses floored at lossFloor', () => {
    const sideBySide = { trainers: [trainer([0, 10], [1, 0.5], [1.5, 0])] } as unknown as SideBySide;
    expect(lossCurves(sideBySide, ['adam'], identity)).toEqual([
      { name: 'adam', set: 'train', d: 'M0.0,1.0L10.0,0.5' },
      { name: 'adam', set: 'test', d: `M0.0,1.5L10.0,${lossFloor.toFixed(1)}` },
    ]);
  });

  it('keeps at most maxPoints points, and always the last one', () => {
    const steps = Array.from({ length: 10 }, (_, k) => k);
    const sideBySide = { trainers: [trainer(steps, steps, steps)] } as unknown as SideBySide;
    const [train] = lossCurves(sideBySide, ['sgd'], identity, 4);
    // stride 3: records 0, 3, 6, 9 (9 is a multiple of 3: not added twice).
    expect(train!.d).toBe('M0.0,0.0L3.0,3.0L6.0,6.0L9.0,9.0');
    const [short] = lossCurves(sideBySide, ['sgd'], identity, 3);
    // stride 4: records 0, 4, 8, then the last (9).
    expect(short!.d).toBe('M0.0,0.0L4.0,4.0L8.0,8.0L9.0,9.0');
  });
});
