import { describe, expect, it } from 'vitest';
import type { ComponentType } from 'preact';
import { parseHTML } from 'linkedom';
import RaceIsland from '../../../../components/widgets/Race/RaceIsland.tsx';
import RuleCellIsland from '../../../../components/widgets/RuleCell/RuleCellIsland.tsx';
import { schema as raceSchema } from '../../../../components/widgets/Race/schema.ts';
import { schema as ruleCellSchema } from '../../../../components/widgets/RuleCell/schema.ts';
import { readFlags } from '../../../../components/widgets/lib/classroom.ts';
import { controlsOf } from '../../../../components/widgets/lib/control-list.tsx';

type Island = ComponentType<Record<string, unknown>>;
const doc = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

/** The typed-surface form of a widget rendered with `flags`: the one element that holds the f(x, y) box. */
function formulaForm(island: Island, props: Record<string, unknown>, flags = '') {
  const { html, controls } = controlsOf(island, props, readFlags(flags));
  const forms = [...doc(html).querySelectorAll('form')].filter((f) => f.querySelector('input[type="text"]'));
  expect(forms).toHaveLength(1);
  return { form: forms[0]!, controls };
}

const race = { ...raceSchema.parse({ surface: 'formula', steps: 10 }), locale: 'en' };
const cell = { ...ruleCellSchema.parse({ preset: 'sgd', surface: 'formula', steps: 10 }), locale: 'en' };

describe('FormulaField: one f(x, y) form for the Race and the RuleCell', () => {
  it('the Race renders the shared field, named fn, with its help tied to the box', () => {
    const { form, controls } = formulaForm(RaceIsland as Island, race);
    expect(form.getAttribute('class')).toBe('formula-field');
    expect(form.getAttribute('data-control')).toBe('fn');
    const input = form.querySelector('input')!;
    expect(input.getAttribute('maxlength')).toBe('200');
    const help = form.querySelector(`#${input.getAttribute('aria-describedby')}`);
    expect(help?.textContent).toMatch(/x, y/);
    expect(controls.find((c) => c.name === 'fn')?.label).toBe('Your function…');
  });

  it('hide=fn hides the Race’s form; lock=fn shows it disabled at its value', () => {
    expect(formulaForm(RaceIsland as Island, race, '?hide=fn').form.hasAttribute('hidden')).toBe(true);
    const locked = formulaForm(RaceIsland as Island, race, '?lock=fn').form;
    expect(locked.hasAttribute('hidden')).toBe(false);
    expect(locked.querySelector('input')!.hasAttribute('disabled')).toBe(true);
    expect(locked.querySelector('button')!.hasAttribute('disabled')).toBe(true);
    expect(locked.querySelector('input')!.getAttribute('value')).toBe(race.formula);
  });

  it('in the RuleCell, the same field is locked with the named group around it', () => {
    const { form } = formulaForm(RuleCellIsland as Island, cell, '?lock=fn');
    expect(form.getAttribute('class')).toBe('formula-field');
    expect(form.parentElement?.getAttribute('data-control')).toBe('fn');
    expect(form.querySelector('input')!.hasAttribute('disabled')).toBe(true);
  });
});
