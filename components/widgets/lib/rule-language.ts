/**
 * The rule language (src/engine/rule: parser, compiler, rule optimizer) for the widgets that run
 * rules, without every page loading it. The engine's optimizer table does not import it (a rule
 * reaches `createOptimizer` and the trainers prepared), and neither does this file: the island of
 * a widget that runs a rule imports `with-rules.ts`, which hands the language over here before the
 * island first renders (at build time and in the browser alike). Shared code that runs a rule
 * (rule-run.ts, the Trainer's rule racers) asks for it with `ruleLanguage()`, synchronously, so a
 * first frame and a first input are handled as before; a widget whose props hold no rule never
 * asks, and its page never loads the ~9 KB.
 */
import type * as Rule from '../../../src/engine/rule/index.ts';

export type RuleLanguage = Pick<typeof Rule, 'checkRule' | 'createRuleOptimizer' | 'prepareRule'>;

let language: RuleLanguage | null = null;

/** Called once by with-rules.ts. */
export function provideRuleLanguage(rules: RuleLanguage): void {
  language = rules;
}

/**
 * The rule language. Throws when no island on the page imported with-rules.ts: a widget that
 * runs a rule from an island that does not is a bug to find at once, not a rule left out.
 */
export function ruleLanguage(): RuleLanguage {
  if (language === null) {
    throw new Error('the rule language is not loaded: the island that runs a rule must import lib/with-rules.ts');
  }
  return language;
}
