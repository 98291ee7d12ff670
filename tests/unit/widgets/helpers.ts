/** What several widget tests share: a hand-driven scheduler, and the checks on Chinese strings. */
import { expect } from 'vitest';

/** A hand-driven scheduler and clock: `flush()` runs what was scheduled, one slice at a time. */
export function manual() {
  let queue: (() => void)[] = [];
  let time = 0;
  return {
    schedule: (next: () => void) => {
      queue.push(next);
      return () => {
        queue = queue.filter((f) => f !== next);
      };
    },
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
    pending: () => queue.length,
    /** Runs one scheduled callback; false when nothing was scheduled. */
    tick: () => {
      const next = queue.shift();
      next?.();
      return next !== undefined;
    },
  };
}

/** Latin words a Chinese string may keep: optimizer and dataset names, and maths symbols. */
const allowedLatin = new Set(['Adam', 'Adagrad', 'RMSProp', 'Momentum', 'XOR']);
export const englishWords = (text: string) => (text.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !allowedLatin.has(w));

/** Every plain string of a strings object (nested objects included). */
export function plainStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(plainStrings);
  return [];
}

/** A widget's string table: the Chinese keys are the English ones, and no English word is left in them. */
export function expectNoEnglishLeft(table: { en: object; 'zh-cn': object }): void {
  expect(Object.keys(table['zh-cn']).sort()).toEqual(Object.keys(table.en).sort());
  for (const text of plainStrings(table['zh-cn'])) expect(englishWords(text), text).toEqual([]);
}

/** House style: a space between a Chinese character and a Latin letter or digit, either way round. */
const unspaced = /\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}/u;
/** A run of two English words: an untranslated phrase (optimizer names excepted). */
const english = (text: string) => text.replace(/Momentum|Nesterov|NAG/g, '').match(/[A-Za-z]{2,} [A-Za-z]{2,}/);

/** A Chinese sentence (or label, with sentence = false) in the house style, with no English phrase left. */
export function expectChinese(text: string, sentence = true) {
  expect(text, text).not.toMatch(unspaced);
  expect(english(text), text).toBeNull();
  if (sentence) expect(text, text).toMatch(/。$/);
}
