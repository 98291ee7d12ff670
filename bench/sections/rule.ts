import { createOptimizer } from '../../src/engine/optim/index.ts';
import type { GradFn } from '../../src/engine/optim/index.ts';
import { createRuleOptimizer, rulePresets } from '../../src/engine/rule/index.ts';
import { createRng } from '../../src/engine/rng/index.ts';
import { quick, median, fmt, table, results } from '../common.ts';

// ---------------------------------------------------------------------------------------------
// (e) Adam in the rule language vs the built-in Adam
// ---------------------------------------------------------------------------------------------
export function benchRule(): void {
  console.log(
    '(e) Adam written in the rule language (the `adam` preset: five statements run together in one loop\n' +
      '    over each block of weights, src/engine/rule/chain.ts) against the built-in Adam (one loop,\n' +
      '    src/engine/optim/adam.ts), same gradient as (a), same defaults. The timed runs alternate between\n' +
      '    the two so that a load spike hits both alike; both then have taken the same steps from the same\n' +
      '    start, and "max |w diff|" compares their weights. The target is judged on elapsed time; "(CPU time)"\n' +
      "    is the same ratio in the process's own CPU time, which a machine shared with other work disturbs less.\n",
  );
  const rows: string[][] = [];
  for (const size of [1e3, 1e5, 1e6]) {
    const rng = createRng(2);
    const g = Float64Array.from({ length: size }, () => rng.normal());
    const start = Float64Array.from({ length: size }, () => rng.normal());
    const builtIn = createOptimizer({ name: 'adam', lr: 1e-3 }, size);
    const rule = createRuleOptimizer({ name: 'rule', source: rulePresets.adam.source }, size);
    const wBuiltIn = Float64Array.from(start);
    const wRule = Float64Array.from(start);
    const grad: GradFn = (_at, out) => out.set(g);
    const inner = Math.max(1, Math.round((quick ? 2e6 : 2e7) / size));
    const builtInSamples: number[] = [];
    const ruleSamples: number[] = [];
    const cpuRatios: number[] = [];
    const warmup = 2;
    const cpuMs = (since: NodeJS.CpuUsage) => {
      const { user, system } = process.cpuUsage(since);
      return (user + system) / 1000;
    };
    for (let r = 0; r < (quick ? 5 : 9) + warmup; r++) {
      let t = performance.now();
      let cpu = process.cpuUsage();
      for (let j = 0; j < inner; j++) builtIn.step(wBuiltIn, grad);
      const builtInMs = (performance.now() - t) / inner;
      const builtInCpu = cpuMs(cpu);
      t = performance.now();
      cpu = process.cpuUsage();
      for (let j = 0; j < inner; j++) rule.step(wRule, grad);
      const ruleMs = (performance.now() - t) / inner;
      const ruleCpu = cpuMs(cpu);
      if (r >= warmup) {
        builtInSamples.push(builtInMs);
        ruleSamples.push(ruleMs);
        if (builtInCpu > 0) cpuRatios.push(ruleCpu / builtInCpu);
      }
    }
    let diff = 0;
    for (let i = 0; i < size; i++) diff = Math.max(diff, Math.abs(wBuiltIn[i]! - wRule[i]!));
    const builtInMs = median(builtInSamples);
    const ruleMs = median(ruleSamples);
    const ratio = ruleMs / builtInMs;
    const perParam = (ms: number) => fmt((ms * 1e6) / size);
    rows.push([
      size.toExponential(0),
      perParam(builtInMs),
      perParam(ruleMs),
      fmt(ratio, 2) + 'x',
      cpuRatios.length > 0 ? fmt(median(cpuRatios), 2) + 'x' : '-',
      diff.toExponential(1),
    ]);
    if (size === 1e6) {
      results.push({
        target: `(e) rule-language Adam within 2x of the built-in at 1e6 (${fmt(ratio, 2)}x)`,
        met: ratio <= 2,
      });
    }
  }
  table(
    ['params', 'built-in Adam ns/param', 'rule Adam ns/param', 'rule / built-in', '(CPU time)', 'max |w diff|'],
    rows,
  );
}
