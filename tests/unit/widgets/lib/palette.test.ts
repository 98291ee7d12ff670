import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { optimizerNames } from '../../../../src/engine/optim/index.ts';
import { classColors, optimizerPalette } from '../../../../components/widgets/lib/palette.ts';
import { contrast, distance, type Deficiency } from '../../../../components/widgets/lib/colour-vision.ts';

/**
 * The palette's values are read from the stylesheet that defines them (the only source), and
 * checked as a reader sees them: in the light and the dark theme, with typical colour vision and
 * with each of the three dichromacies simulated.
 */
const css = readFileSync(new URL('../../../../src/site/styles/global.css', import.meta.url), 'utf8');
const root = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));

/** The [light, dark] hex values of `--name: light-dark(#light, #dark)` in :root. */
function themePair(name: string): [string, string] {
  const match = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i').exec(root);
  if (!match) throw new Error(`--${name} is not a light-dark() pair of hex colours in global.css`);
  return [match[1]!, match[2]!];
}
/** The CSS variable a `var(--name)` string refers to. */
const variableOf = (value: string) => /^var\(--([\w-]+)\)$/.exec(value)?.[1] ?? '';

const themes = [
  ['light', 0],
  ['dark', 1],
] as const;
const deficiencies: readonly Deficiency[] = ['protanopia', 'deuteranopia', 'tritanopia'];
/** CIEDE2000 distances every pair must keep: twice as far apart for typical vision. */
const minimum = { typical: 20, deficient: 10 };
/** WCAG 2's 3:1 for graphical objects, against the page and a raised card. */
const minimumContrast = 3;

const optimizers = optimizerNames.map((name) => ({ name, variable: variableOf(optimizerPalette[name]) }));

describe('the series palette', () => {
  it('gives every optimizer its own CSS variable', () => {
    for (const { name, variable } of optimizers) expect(variable, name).toMatch(/^series-\d$/);
    expect(new Set(optimizers.map((o) => o.variable)).size).toBe(optimizerNames.length);
  });

  for (const [theme, index] of themes) {
    const colourOf = (variable: string) => themePair(variable)[index];

    it(`keeps every pair of optimizer colours apart in the ${theme} theme, for every kind of colour vision`, () => {
      const tooClose: string[] = [];
      for (let i = 0; i < optimizers.length; i++) {
        for (let j = i + 1; j < optimizers.length; j++) {
          const [a, b] = [optimizers[i]!, optimizers[j]!];
          const [ca, cb] = [colourOf(a.variable), colourOf(b.variable)];
          const typical = distance(ca, cb);
          if (typical < minimum.typical) tooClose.push(`${a.name}/${b.name} typical ${typical.toFixed(1)}`);
          for (const deficiency of deficiencies) {
            const d = distance(ca, cb, deficiency);
            if (d < minimum.deficient) tooClose.push(`${a.name}/${b.name} ${deficiency} ${d.toFixed(1)}`);
          }
        }
      }
      expect(tooClose).toEqual([]);
    });

    it(`draws every optimizer at 3:1 or more against the ${theme} page and cards`, () => {
      const faint = optimizers
        .flatMap(({ name, variable }) =>
          ['bg', 'bg-raised'].map((bg) => ({ name, bg, ratio: contrast(colourOf(variable), colourOf(bg)) })),
        )
        .filter((c) => c.ratio < minimumContrast)
        .map((c) => `${c.name} on --${c.bg}: ${c.ratio.toFixed(2)}`);
      expect(faint).toEqual([]);
    });

    it(`keeps the two data classes apart from each other and from every optimizer in the ${theme} theme`, () => {
      const [c0, c1] = classColors.map((c) => colourOf(variableOf(c))) as [string, string];
      for (const deficiency of [undefined, ...deficiencies])
        expect(distance(c0, c1, deficiency)).toBeGreaterThanOrEqual(minimum.deficient);
      const optimizerColours = new Set(optimizers.map((o) => colourOf(o.variable)));
      expect(optimizerColours.has(c0) || optimizerColours.has(c1)).toBe(false);
      for (const c of [c0, c1])
        for (const o of optimizerColours)
          expect(distance(c, o), `${c} vs ${o}`).toBeGreaterThanOrEqual(minimum.deficient);
    });
  }
});
