import { describe, expect, it } from 'vitest';
import { strings } from '../../../../components/widgets/MomentumEscape/strings.ts';
import { expectChinese } from '../helpers.ts';

describe('MomentumEscape sentences (issue #22, point 8)', () => {
  it('a printed velocity carries the sign convention: with w ← w − v a negative v moves right', () => {
    const en = strings.en;
    expect(en.status(5, '-2', '-1.5', '-0.12', 120, 'stays', 'rolls')).toContain(
      'with velocity v = -0.12 (each step is w ← w − v, so a negative v moves right).',
    );
    expect(en.status(5, '-2', '1.5', '0.3', 120, 'stays', 'rolls')).toContain(
      'with velocity v = 0.3 (each step is w ← w − v, so a positive v moves left).',
    );
    expect(en.status(0, '-2.2', '-2.2', '0', 120, 'stays', 'rolls')).toContain('with velocity v = 0. After 120 steps');
  });
  it('Chinese says the same', () => {
    const zh = strings['zh-cn'];
    const line = zh.status(5, '-2', '-1.5', '-0.12', 120, '停下', '越过');
    expect(line).toContain('速度 v = -0.12（每一步是 w ← w − v，所以 v 为负时向右走）。');
    expectChinese(line);
  });
});
