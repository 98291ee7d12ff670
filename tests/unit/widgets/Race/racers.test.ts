import { describe, expect, it } from 'vitest';
import { raceEntries, runEntries } from '../../../../components/widgets/Race/racers.ts';
import { schema } from '../../../../components/widgets/Race/schema.ts';
import { problems } from '../../../../src/engine/problems/index.ts';

describe('raceEntries', () => {
  it('keeps the older form: each optimizer once, in the course order, with hyper on top of the defaults', () => {
    const entries = raceEntries(schema.parse({ optimizers: ['adam', 'sgd'], hyper: { sgd: { lr: 0.002 } } }));
    expect(entries.map((e) => [e.key, e.label, e.settings.lr])).toEqual([
      ['sgd', 'sgd', 0.002],
      ['adam', 'adam', entries[1]!.settings.lr],
    ]);
  });

  it('races one optimizer at two settings, with distinct keys and labels that say the difference', () => {
    // The schema refuses racers until the island draws them; raceEntries already handles them.
    const props = {
      ...schema.parse({}),
      racers: [
        { optimizer: 'adam' as const, lr: 0.001 },
        { optimizer: 'adam' as const, lr: 0.1 },
        { optimizer: 'sgd' as const, label: 'Plain' },
      ],
    };
    const entries = raceEntries(props);
    expect(entries.map((e) => [e.key, e.label, e.settings.lr])).toEqual([
      ['adam', 'adam (lr=0.001)', 0.001],
      ['adam-2', 'adam (lr=0.1)', 0.1],
      ['sgd', 'Plain', entries[2]!.settings.lr],
    ]);
    // The two Adam runs really differ: the larger learning rate gets further in 20 steps.
    const surface = problems.rosenbrock;
    const runs = runEntries(entries.slice(0, 2), surface, { steps: 20, start: surface.start });
    const finalLoss = runs.map((r) => r.run.losses[r.run.losses.length - 1]!);
    expect(finalLoss[0]).not.toBeCloseTo(finalLoss[1]!, 3);
  });
});
