import { describe, expect, it } from 'vitest';
import { createMLP } from '../../../../src/engine/nn/index.ts';
import { listWeights } from '../../../../src/engine/nn/influence.ts';
import {
  moveSelection,
  networkLayout,
  scenarioWeights,
  unitName,
  weightName,
  weightRoute,
  weightSymbol,
} from '../../../../components/widgets/NetworkInfluence/model.ts';
import { strings } from '../../../../components/widgets/NetworkInfluence/strings.ts';
import { schema, weightCount } from '../../../../components/widgets/NetworkInfluence/schema.ts';

const sizes = [3, 4, 4, 1];
const weights = listWeights(createMLP({ sizes }));
const en = strings.en.names;
const zh = strings['zh-cn'].names;

describe('names', () => {
  it('count units from 1 and name layers for readers', () => {
    expect(unitName(sizes, { layer: 0, unit: 1 }, en)).toBe('input 2');
    expect(unitName(sizes, { layer: 1, unit: 2 }, en)).toBe('hidden-1 unit 3');
    expect(unitName(sizes, { layer: 3, unit: 0 }, en)).toBe('the output');
    expect(unitName([2, 3, 1], { layer: 1, unit: 0 }, en)).toBe('hidden unit 1');
    expect(weightName(sizes, weights[5]!, en)).toBe('weight from input 3 to hidden-1 unit 2');
    expect(weightRoute(sizes, weights[5]!, en)).toBe('input 3 to hidden-1 unit 2');
    expect(weightSymbol(weights[5]!)).toBe('w(1)[2,3]');
    expect(weightName(sizes, weights.at(-1)!, en)).toBe('weight from hidden-2 unit 4 to the output');
  });

  it('in Chinese, with a space only where a number meets a Chinese character', () => {
    expect(unitName(sizes, { layer: 1, unit: 2 }, zh)).toBe('隐藏层 1 单元 3');
    expect(unitName(sizes, { layer: 3, unit: 0 }, zh)).toBe('输出');
    expect(unitName([2, 3, 1], { layer: 1, unit: 0 }, zh)).toBe('隐藏单元 1');
    expect(weightName(sizes, weights[5]!, zh)).toBe('从输入 3 到隐藏层 1 单元 2 的权重');
    expect(weightRoute(sizes, weights[5]!, zh)).toBe('输入 3 → 隐藏层 1 单元 2');
    expect(weightName(sizes, weights.at(-1)!, zh)).toBe('从隐藏层 2 单元 4 到输出的权重');
  });
});

describe('moveSelection', () => {
  it('moves within a layer with wrapping and between layers by relative place', () => {
    expect(moveSelection(weights, 0, 'ArrowDown')).toBe(1);
    expect(moveSelection(weights, 0, 'ArrowUp')).toBe(11);
    expect(moveSelection(weights, 0, 'ArrowRight')).toBe(12);
    expect(moveSelection(weights, 11, 'ArrowRight')).toBe(27);
    expect(moveSelection(weights, 12, 'ArrowLeft')).toBe(0);
    expect(moveSelection(weights, 31, 'ArrowRight')).toBe(31);
    expect(moveSelection(weights, 0, 'ArrowLeft')).toBe(0);
    expect(moveSelection(weights, 7, 'End')).toBe(31);
    expect(moveSelection(weights, 7, 'Home')).toBe(0);
    expect(moveSelection(weights, 7, 'a')).toBe(7);
  });
});

describe('scenarioWeights and layout', () => {
  it('picks one weight per region: first layer, middle, last', () => {
    const s = scenarioWeights(sizes, weights, strings.en.scenarios).map((x) => weights[x.index]!.layer);
    expect(s).toEqual([1, 2, 3]);
    const two = listWeights(createMLP({ sizes: [2, 3, 1] }));
    expect(scenarioWeights([2, 3, 1], two, strings.en.scenarios).map((x) => two[x.index]!.layer)).toEqual([1, 1, 2]);
    expect(scenarioWeights(sizes, weights, strings['zh-cn'].scenarios).map((x) => x.label)).toEqual(['靠近输入', '位于中间', '通向输出']);
  });
  it('places units in columns, centred, inside the drawing', () => {
    const layout = networkLayout(sizes, 480, 300);
    expect(layout.map((c) => c.length)).toEqual(sizes);
    expect(layout[3]![0]!.y).toBe(150);
    for (const column of layout) {
      for (const p of column) {
        expect(p.y).toBeGreaterThanOrEqual(0);
        expect(p.y).toBeLessThanOrEqual(300);
      }
    }
  });
});

describe('schema', () => {
  it('checks the input length, the single output and the weight index', () => {
    expect(weightCount(sizes)).toBe(32);
    expect(schema.parse({}).sizes).toEqual(sizes);
    expect(() => schema.parse({ input: [1, 2] })).toThrow(/input/);
    expect(() => schema.parse({ sizes: [3, 4, 2] })).toThrow(/last layer/);
    expect(() => schema.parse({ weight: 32 })).toThrow(/weight/);
  });
});
