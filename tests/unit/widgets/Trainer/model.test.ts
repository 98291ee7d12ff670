import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../components/widgets/lib/optimizer-settings.ts';
import {
  buildTrainerSetup,
  createRoundRobin,
  networkCount,
  parseHidden,
  shadeProbabilities,
  trainerData,
  trainerLrs,
  trainerSetupInStages,
} from '../../../../components/widgets/Trainer/model.ts';
import type { TrainerConfig } from '../../../../components/widgets/Trainer/model.ts';
import { lossAxes, niceCeil } from '../../../../components/widgets/Trainer/curves.ts';
import type { SideBySide } from '../../../../src/engine/sim/index.ts';

const config: TrainerConfig = {
  dataset: 'moons',
  hidden: [8, 8],
  activation: 'tanh',
  batchSize: 10,
  seed: 1,
  selected: ['sgd', 'momentum', 'adam'],
  settings: defaultSettings(trainerLrs),
};
const snapshot = (race: SideBySide) =>
  race.trainers.map((t) => ({
    steps: t.steps,
    params: Array.from(t.params),
    history: structuredClone(t.history),
    diverged: t.diverged,
  }));

describe('a setup trained on kept data', () => {
  it('trains on the rows it is given, and they are the rows of its data set and seed', () => {
    const data = trainerData(config.dataset, config.seed);
    const setup = buildTrainerSetup({ ...config, batchSize: 30 }, data);
    expect(setup.train).toBe(data.train);
    expect(setup.test).toBe(data.test);
    const fresh = buildTrainerSetup({ ...config, batchSize: 30 });
    expect(Array.from(fresh.train.X)).toEqual(Array.from(data.train.X));
    expect(Array.from(fresh.test.Y)).toEqual(Array.from(data.test.Y));
    setup.sideBySide.run(5);
    fresh.sideBySide.run(5);
    expect(snapshot(setup.sideBySide)).toEqual(snapshot(fresh.sideBySide));
  });
});

describe('a setup made in stages', () => {
  it('has one stage per network, each making one more, and gives the setup of buildTrainerSetup', () => {
    const data = trainerData(config.dataset, config.seed);
    const staged = trainerSetupInStages(config, data);
    expect(networkCount(config)).toBe(3);
    expect(staged.stages).toHaveLength(3);
    staged.stages[0]!();
    staged.stages[1]!();
    // The last network is made by result(), which the stages left to it.
    const setup = staged.result();
    expect(staged.result()).toBe(setup);
    const whole = buildTrainerSetup(config, data);
    expect(setup.names).toEqual(whole.names);
    expect(setup.keys).toEqual(whole.keys);
    setup.sideBySide.run(30);
    whole.sideBySide.run(30);
    expect(snapshot(setup.sideBySide)).toEqual(snapshot(whole.sideBySide));
  });

  it('makes the networks in order whichever stage runs first, each once', () => {
    const staged = trainerSetupInStages(config);
    staged.stages[2]!();
    staged.stages[0]!();
    staged.stages[1]!();
    const { sideBySide } = staged.result();
    expect(sideBySide.trainers).toHaveLength(3);
    const whole = buildTrainerSetup(config).sideBySide;
    sideBySide.run(5);
    whole.run(5);
    expect(snapshot(sideBySide)).toEqual(snapshot(whole));
  });

  it('counts the rules as networks', () => {
    const rule = { key: 'rule', label: 'signSGD', source: 'w = w - 0.01 * sign(g)', params: {} };
    expect(networkCount({ ...config, selected: ['adam'], rules: [rule, { ...rule, key: 'rule-2' }] })).toBe(3);
  });
});

describe('the trainer stepped one network at a time (round robin)', () => {
  it('after whole rounds, the very same numbers as race.run', () => {
    const reference = buildTrainerSetup(config).sideBySide;
    reference.run(75);
    const { sideBySide: race } = buildTrainerSetup(config);
    const stepper = createRoundRobin(race);
    // Uneven pieces, as a frame budget would cut them: 7 single steps, then 11, then 4...
    let taken = 0;
    const pieces = [7, 11, 4, 1, 30, 2, 60];
    for (let k = 0; taken < 75 * 3; k++)
      taken += stepper.run(Math.min(pieces[k % pieces.length]!, 75 * 3 - taken), () => true);
    expect(stepper.cursor).toBe(0);
    expect(snapshot(race)).toEqual(snapshot(reference));
  });

  it('stops at the end of a round when asked, and finishRound evens the networks out', () => {
    const { sideBySide: race } = buildTrainerSetup(config);
    const stepper = createRoundRobin(race);
    expect(stepper.run(2, () => true)).toBe(2);
    expect(stepper.cursor).toBe(2);
    expect(race.trainers.map((t) => t.steps)).toEqual([1, 1, 0]);
    // Up to 100 steps, but to the end of the round: one more.
    expect(stepper.run(100, () => true, true)).toBe(1);
    expect(stepper.cursor).toBe(0);
    stepper.run(1, () => true);
    stepper.finishRound();
    expect(race.trainers.map((t) => t.steps)).toEqual([2, 2, 2]);
    // keepGoing is asked before every step.
    let calls = 0;
    expect(stepper.run(10, () => ++calls <= 4)).toBe(4);
  });

  it('is finished at the step limit or when every network has diverged, and skips those that stopped', () => {
    const { sideBySide: race } = buildTrainerSetup(config);
    const stepper = createRoundRobin(race, 5);
    stepper.run(100, () => true);
    expect(race.trainers.map((t) => t.steps)).toEqual([5, 5, 5]);
    expect(stepper.finished).toBe(true);
    // Stand-ins that diverge at a given step.
    const stub = (divergesAt: number) => {
      const t = {
        steps: 0,
        diverged: null as null | { step: number },
        step: () => (t.steps + 1 === divergesAt ? ((t.diverged = { step: divergesAt }), false) : (t.steps++, true)),
      };
      return t;
    };
    const trainers = [stub(3), stub(6)];
    const both = createRoundRobin({ trainers } as unknown as SideBySide);
    both.run(8, () => true);
    expect(trainers.map((t) => t.steps)).toEqual([2, 4]);
    expect(both.finished).toBe(false);
    both.run(100, () => true);
    expect(trainers.map((t) => t.steps)).toEqual([2, 5]);
    expect(both.finished).toBe(true);
  });
});

describe('loss chart axes', () => {
  it('niceCeil rounds up to 1, 2, 3, 5 times a power of ten', () => {
    expect([210, 300, 301, 999, 1000, 1001, 2500, 7000, 19999, 20000, 0.07].map(niceCeil)).toEqual([
      300, 300, 500, 1000, 1000, 2000, 3000, 10000, 20000, 20000, 0.1,
    ]);
    expect(niceCeil(0)).toBe(1);
    expect(niceCeil(NaN)).toBe(1);
  });

  it('cover every recorded loss with whole decades and at least ten epochs of steps', () => {
    const { sideBySide: race } = buildTrainerSetup(config);
    const start = lossAxes(race, 21);
    expect(start.xMax).toBe(300);
    const losses = race.trainers.flatMap((t) => [...t.history.trainLoss, ...t.history.testLoss]);
    expect(start.y[0]).toBeLessThanOrEqual(Math.min(...losses));
    expect(start.y[1]).toBeGreaterThanOrEqual(Math.max(...losses));
    expect(Math.log10(start.y[0]) % 1).toBeCloseTo(0);
    race.run(21 * 60);
    const later = lossAxes(race, 21);
    expect(later.xMax).toBe(2000);
    expect(later.y[0]).toBeLessThanOrEqual(
      Math.min(...race.trainers.flatMap((t) => [...t.history.trainLoss, ...t.history.testLoss])),
    );
    expect(later.y[0]).toBeLessThan(start.y[0]);
  });
});

describe('decision-boundary pixels', () => {
  it('mix the class colour into the background by how sure the network is', () => {
    const pixels = new Uint8ClampedArray(16);
    shadeProbabilities([1, 0, 0.5, NaN], [200, 100, 0], [0, 0, 200], [255, 255, 255], pixels);
    // p = 1: class 1 at 55 %; p = 0: class 0 at 55 %; p = 0.5 and NaN: the background.
    expect(Array.from(pixels)).toEqual([
      115, 115, 225, 255, 225, 170, 115, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    ]);
  });
});

describe('trainer model', () => {
  it('parses hidden widths', () => {
    expect(parseHidden('8, 8')).toEqual({ ok: true, hidden: [8, 8] });
    expect(parseHidden('4-2')).toEqual({ ok: true, hidden: [4, 2] });
    expect(parseHidden('')).toEqual({ ok: true, hidden: [] });
    expect(parseHidden('8, 99')).toMatchObject({ ok: false, message: expect.stringContaining('"99"') as unknown });
    expect(parseHidden('1 2 3 4 5')).toMatchObject({ ok: false });
    expect(parseHidden('constructor')).toMatchObject({ ok: false });
  });

  it('builds a race from the same initial weights', () => {
    const { sideBySide: race, names } = buildTrainerSetup({
      dataset: 'xor',
      hidden: [4],
      activation: 'tanh',
      batchSize: 10,
      seed: 3,
      selected: ['adam', 'sgd'],
      settings: defaultSettings(trainerLrs),
    });
    expect(names).toEqual(['sgd', 'adam']);
    expect(Array.from(race.trainers[0]!.params)).toEqual(Array.from(race.trainers[1]!.params));
    race.run(30);
    expect(race.trainers[0]!.steps).toBe(30);
  });
});
