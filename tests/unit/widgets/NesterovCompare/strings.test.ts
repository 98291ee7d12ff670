import { describe, expect, it } from 'vitest';
import { strings as nesterovStrings } from '../../../../components/widgets/NesterovCompare/strings.ts';
import { expectChinese } from '../helpers.ts';

describe('NesterovCompare sentences', () => {
  const both = { momentumW: '-1.5', momentumV: '0', nagW: '-1.5', nagV: '0' };
  const brake = {
    nagBefore: '0.198',
    nagNow: '0.196',
    momentumBefore: '0.217',
    momentumNow: '0.218',
    lookAhead: '-0.44',
    push: '0.0176',
    drop: '0.0198',
    pointsBack: false,
    minimum: '0',
  };
  const crossing = { from: '-0.0657', lookAhead: '0.0866', grad: '0.173', minimum: '0', speedBefore: '0.17', speedNow: '0.15' };
  it('English: the first falls in order, the braking step says why (issue #22, points 2 and 3)', () => {
    const en = nesterovStrings.en;
    expect(en.status(0, en.both(both), en.firstFalls(7, 8, 7))).toBe(
      "step 0: Momentum w = -1.5, |v| = 0; NAG w = -1.5, |v| = 0. NAG's speed first falls at step 7, Momentum's only at step 8.",
    );
    expect(en.firstFalls(4, 4, 30)).toBe('Both speeds first fall at step 4. The dashed line marks step 30, where NAG slows while Momentum still speeds up.');
    expect(en.firstFalls(5, 3, 5)).toBe("NAG's speed first falls at step 5, Momentum's already at step 3.");
    expect(en.firstFalls(4, 4, null)).toBe('Both speeds first fall at step 4. In this run NAG never slows down while Momentum still speeds up.');
    expect(en.brake(7, brake)).toBe(
      "step 7: NAG's speed falls (|v| 0.198 → 0.196) while Momentum's still grows (0.217 → 0.218). " +
        "NAG's look-ahead point w − μv = -0.44 is still before the minimum at 0 and its gradient still pushes forward, " +
        'but the slope there is gentler than at the ball: the push α|g| = 0.0176 no longer makes up for the (1 − μ)|v| = 0.0198 that μ takes off each step.',
    );
    expect(en.brake(7, { ...brake, pointsBack: true })).toMatch(/w − μv = -0\.44, past the minimum at 0, points back: its push takes speed off\.$/);
    expect(en.crossing(crossing)).toBe(
      'In this step NAG started at w = -0.0657, before the minimum at 0, but its look-ahead point w − μv = 0.0866 is past it: the gradient there (0.173) points back, so NAG brakes before it reaches the minimum (|v| 0.17 → 0.15).',
    );
  });
  it('Chinese follows the house style', () => {
    const zh = nesterovStrings['zh-cn'];
    expectChinese(zh.status(0, zh.both(both), zh.firstFalls(7, 8, 7)));
    expectChinese(zh.status(0, zh.both(both), zh.firstFalls(4, 4, 30)));
    expectChinese(zh.status(0, zh.both(both), zh.firstFalls(5, 3, null)));
    expectChinese(zh.brake(7, brake));
    expectChinese(zh.brake(7, { ...brake, minimum: null }));
    expectChinese(zh.brake(7, { ...brake, pointsBack: true }));
    expectChinese(zh.brake(7, { ...brake, pointsBack: true, minimum: null }));
    expectChinese(zh.status(10, zh.both(both), zh.crossing(crossing)));
    expectChinese(zh.description(3, zh.both(both)));
    expectChinese(zh.speedDescription(7));
    expect(zh.label(zh.curveName.quadratic1d, 3, 40)).toBe(
      '碗形曲线 w² 上的 Momentum（上）与 NAG（下），第 3 步，共 40 步',
    );
  });
});
