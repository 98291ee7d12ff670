import { describe, expect, it } from 'vitest';
import { logSteps, nextPlayStep } from '../../../../components/widgets/lib/log-steps.ts';

describe('logSteps', () => {
  it('every step to 100, then thinned, always ending at n and holding the cursor', () => {
    expect(logSteps(50)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const long = logSteps(10000, 120, 4321);
    expect(long.slice(0, 100)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(long.at(-1)).toBe(10000);
    expect(long).toContain(4321);
    expect(long.length).toBeLessThan(400);
    expect([...long].sort((a, b) => a - b)).toEqual(long);
  });

  it('leaves out a cursor outside 1..n', () => {
    expect(logSteps(20, 120, 0)).toEqual(logSteps(20));
    expect(logSteps(20, 120, 21)).toEqual(logSteps(20));
  });
});

describe('nextPlayStep', () => {
  it('one at a time early, about 8% later, never past the end', () => {
    expect(nextPlayStep(0, 300)).toBe(1);
    expect(nextPlayStep(5, 300)).toBe(6);
    expect(nextPlayStep(1000, 10000)).toBe(1080);
    expect(nextPlayStep(299, 300)).toBe(300);
  });
});
