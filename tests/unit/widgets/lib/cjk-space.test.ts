import { describe, expect, it } from 'vitest';
import { needsSpace, zh, zhJoin } from '../../../../components/widgets/lib/cjk-space.ts';

describe('cjk-space', () => {
  it('wants a space between a Chinese character and a letter, digit or symbol, either way round', () => {
    expect(needsSpace('入', '3')).toBe(true);
    expect(needsSpace('3', '的')).toBe(true);
    expect(needsSpace('率', 'α')).toBe(true);
    expect(needsSpace('²', '上')).toBe(true);
    expect(needsSpace('为', '-')).toBe(true);
    expect(needsSpace('出', '的')).toBe(false);
    expect(needsSpace('a', 'b')).toBe(false);
    expect(needsSpace('，', '3')).toBe(false);
    expect(needsSpace('3', '）')).toBe(false);
    expect(needsSpace(' ', '的')).toBe(false);
    expect(needsSpace(undefined, '的')).toBe(false);
  });

  it('joins pieces and fills template values with spaces only at the seams that need one', () => {
    expect(zhJoin('输入 3', '的权重')).toBe('输入 3 的权重');
    expect(zhJoin('输出', '的权重')).toBe('输出的权重');
    expect(zhJoin('', 'w')).toBe('w');
    expect(zh`从${'输入 3'}到${'隐藏单元 2'}的权重`).toBe('从输入 3 到隐藏单元 2 的权重');
    expect(zh`从${'隐藏层 2 单元 4'}到${'输出'}的权重`).toBe('从隐藏层 2 单元 4 到输出的权重');
    expect(zh`${'碗形曲线 w²'}上的 Momentum`).toBe('碗形曲线 w² 上的 Momentum');
    expect(zh`第 ${3} 步`).toBe('第 3 步');
    expect(zh`共${12}步`).toBe('共 12 步');
    expect(zh`（${'w'}）`).toBe('（w）');
  });
});
