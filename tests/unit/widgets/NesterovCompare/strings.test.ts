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
    w: '-0.422',
    minimum: '0',
  };
  it('English is unchanged', () => {
    const en = nesterovStrings.en;
    expect(en.status(0, en.both(both), en.brakesAt(7, 8))).toBe(
      'step 0: Momentum w = -1.5, |v| = 0; NAG w = -1.5, |v| = 0. NAG starts braking at step 7, Momentum only at step 8.',
    );
    expect(en.brake(7, brake)).toBe(
      "step 7: NAG's speed falls (|v| 0.198 → 0.196) while Momentum's still grows (0.217 → 0.218). The gradient at NAG's look-ahead point already points back, so NAG brakes at w = -0.422, before the minimum at 0.",
    );
    expect(en.brake(7, { ...brake, minimum: null })).toMatch(/points back, at w = -0\.422\.$/);
  });
  it('Chinese follows the house style', () => {
    const zh = nesterovStrings['zh-cn'];
    expectChinese(zh.status(0, zh.both(both), zh.brakesAt(7, 8)));
    expectChinese(zh.status(0, zh.both(both), zh.never));
    expectChinese(zh.brake(7, brake));
    expectChinese(zh.brake(7, { ...brake, minimum: null }));
    expectChinese(zh.description(3, zh.both(both)));
    expectChinese(zh.speedDescription(7));
    expect(zh.label(zh.curveName.quadratic1d, 3, 40)).toBe(
      '碗形曲线 w² 上的 Momentum（上）与 NAG（下），第 3 步，共 40 步',
    );
  });
});
