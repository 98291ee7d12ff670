import { describe, expect, it } from 'vitest';
import { surfaceIds } from '../../../../src/engine/problems/index.ts';
import { surfaceNames } from '../../../../components/widgets/lib/surface-names.ts';
import { strings as race } from '../../../../components/widgets/Race/strings.ts';
import { strings as cell } from '../../../../components/widgets/RuleCell/strings.ts';

describe('surfaceNames', () => {
  it('names every surface of the engine, in each language, and nothing else', () => {
    for (const locale of ['en', 'zh-cn'] as const) {
      expect(Object.keys(surfaceNames[locale]).sort()).toEqual([...surfaceIds].sort());
      for (const name of Object.values(surfaceNames[locale])) expect(name.trim()).not.toBe('');
    }
    expect(surfaceNames['zh-cn'].saddle).not.toBe(surfaceNames.en.saddle);
  });

  it('is the one table the Race and RuleCell show', () => {
    for (const locale of ['en', 'zh-cn'] as const) {
      expect(race[locale].surfaces).toBe(surfaceNames[locale]);
      expect(cell[locale].surfaces).toBe(surfaceNames[locale]);
    }
  });
});
