import { describe, expect, it } from 'vitest';
// The rule racers run in the island that loads the rule language (lib/rule-language.ts).
import '../../../../components/widgets/lib/with-rules.ts';
import { lrsFromLink, lrsToLink, runEntryRace } from '../../../../components/widgets/Race/entry-runs.ts';
import { raceStatus, runKey } from '../../../../components/widgets/Race/model.ts';
import { entrySweep, raceEntries } from '../../../../components/widgets/Race/racers.ts';
import { schema } from '../../../../components/widgets/Race/schema.ts';
import { defaultSettings } from '../../../../components/widgets/lib/optimizer-settings.ts';
import { problems } from '../../../../src/engine/problems/index.ts';
import { rulePresets } from '../../../../src/engine/rule/index.ts';

const lrOf = (entry: ReturnType<typeof raceEntries>[number]) => ('settings' in entry ? entry.settings.lr : null);
const surface = problems.rosenbrock;
const input = { surface, start: surface.start, steps: 20, noise: 0, seed: 1, lrs: {} };

describe('raceEntries', () => {
  it('keeps the older form: each optimizer once, in the course order, with hyper on top of the defaults', () => {
    const entries = raceEntries(schema.parse({ optimizers: ['adam', 'sgd'], hyper: { sgd: { lr: 0.002 } } }));
    expect(entries.map((e) => [e.key, e.label, lrOf(e)])).toEqual([
      ['sgd', 'sgd', 0.002],
      ['adam', 'adam', lrOf(entries[1]!)],
    ]);
  });

  it('races one optimizer at two settings and a rule, with distinct keys, labels and colours', () => {
    const props = schema.parse({
      racers: [
        { optimizer: 'adam', lr: 0.001 },
        { optimizer: 'adam', lr: 0.1 },
        { optimizer: 'sgd', label: 'Plain' },
        { rule: rulePresets.signsgd.source, params: { lr: 0.01 }, label: 'Mine' },
      ],
    });
    const entries = raceEntries(props);
    expect(entries.map((e) => [e.key, e.label, lrOf(e)])).toEqual([
      ['adam', 'adam (lr=0.001)', 0.001],
      ['adam-2', 'adam (lr=0.1)', 0.1],
      ['sgd', 'Plain', lrOf(entries[2]!)],
      ['rule', 'Mine', null],
    ]);
    const { runs, error } = runEntryRace(entries, input);
    expect(error).toBeNull();
    expect(runs.map(runKey)).toEqual(['adam', 'adam-2', 'sgd', 'rule']);
    expect(new Set(runs.map((r) => r.color)).size).toBe(4);
    // The two Adam runs really differ: the larger learning rate gets further in 20 steps.
    const finalLoss = runs.map((r) => r.run.losses[r.run.steps]!);
    expect(finalLoss[0]).not.toBeCloseTo(finalLoss[1]!, 3);
    // signSGD moves each coordinate by exactly lr a step.
    const [x0, y0, x1, y1] = runs[3]!.run.points;
    expect([Math.abs(x1! - x0!), Math.abs(y1! - y0!)].map((d) => d.toFixed(12))).toEqual([
      '0.010000000000',
      '0.010000000000',
    ]);
    expect(raceStatus(runs, 20, 20, 'Rosenbrock')).toMatch(
      /loss: adam \(lr=0\.001\) \S+, adam \(lr=0\.1\) \S+, Plain \S+, Mine \S+\./,
    );
    // The reader's rate for one entry, by its key, changes that run only.
    const moved = runEntryRace(entries, { ...input, lrs: { 'adam-2': 0.01 } }).runs;
    expect(moved[0]!.run.losses).toEqual(runs[0]!.run.losses);
    expect(moved[1]!.run.losses).not.toEqual(runs[1]!.run.losses);
  });

  it('says at which step and line a rule racer stopped', () => {
    const entries = raceEntries(
      schema.parse({ racers: [{ rule: 'q = q + 1\nr = log(3 - q)\nw = w - 0.0001 * r * g' }] }),
    );
    const { runs } = runEntryRace(entries, input);
    expect(raceStatus(runs, 20, 20, 'R')).toContain('rule: stopped at step 3: line 2 gave a non-finite value.');
  });

  it('sweeps each optimizer that has an entry, at its first entry’s settings', () => {
    const entries = raceEntries(
      schema.parse({ racers: [{ optimizer: 'adam', lr: 0.3 }, { optimizer: 'sgd' }, { optimizer: 'adam' }] }),
    );
    const sweep = entrySweep(
      entries,
      defaultSettings({ sgd: 1, momentum: 1, nag: 1, adagrad: 1, rmsprop: 1, adam: 1, adamw: 1 }),
    );
    expect(sweep.selected).toEqual(['sgd', 'adam']);
    expect(sweep.settings.adam.lr).toBe(0.3);
  });

  it('keeps the reader’s rates in the link by entry key', () => {
    expect(lrsToLink({ 'adam-2': 0.1, adam: 0.01 })).toBe('adam:0.01,adam-2:0.1');
    expect(lrsFromLink('adam:0.01,adam-2:0.1,sgd:x,nag:0.1,adam-3:99', ['adam', 'adam-2', 'adam-3'])).toEqual({
      adam: 0.01,
      'adam-2': 0.1,
    });
  });
});
