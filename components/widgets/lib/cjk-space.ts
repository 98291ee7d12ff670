/**
 * Chinese typography for sentences assembled from pieces. The house style puts a space between a
 * Chinese character and a Latin letter, a number or a symbol ("第 3 步", "输入 2 的权重"); when a
 * piece is inserted into a sentence, whether a space is needed depends on the piece ("输出" needs
 * none before "的", "输入 2" does). `zh` is a template tag that decides at each insertion:
 *
 *   zh`从${from}到${to}的权重`  // "从输入 3 到隐藏层 1 单元 2 的权重", "从隐藏层 2 单元 4 到输出的权重"
 *
 * Only the seams around inserted values are touched; the literal text is kept as written, and no
 * space is ever added next to whitespace or Chinese punctuation.
 */

/** A Han character (Chinese). */
const han = /\p{Script=Han}/u;
/** Whitespace, CJK and full-width punctuation, Chinese quotes, ellipsis, dashes: never spaced. */
const neutral = /[\s\u3000-\u303f\uff00-\uffef\u2014\u2018-\u201f\u2026\u00b7]/u;

/** True if a space belongs between the characters `a` and `b` (either side Chinese, the other Latin, a digit or a symbol). */
export function needsSpace(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  if (neutral.test(a) || neutral.test(b)) return false;
  return han.test(a) !== han.test(b);
}

/** Joins two pieces of Chinese text, adding a space at the seam if the house style wants one. */
export function zhJoin(left: string, right: string): string {
  const a = Array.from(left).at(-1);
  const b = Array.from(right)[0];
  return needsSpace(a, b) ? `${left} ${right}` : left + right;
}

/** Template tag: the values are inserted with a space at each seam where the house style wants one. */
export function zh(strings: TemplateStringsArray, ...values: readonly (string | number)[]): string {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out = zhJoin(out, String(value));
    out = zhJoin(out, strings[i + 1] ?? '');
  });
  return out;
}
