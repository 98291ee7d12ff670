/**
 * Imported for its effect by the islands that run rules (RuleCell, and the Race's and Trainer's
 * islands for racers lists with a rule): loads the rule language with that island's code and hands
 * it to rule-language.ts before the island renders. Only these islands' chunks import
 * src/engine/rule, so Vite gives it a chunk that only their pages load.
 */
import { checkRule, createRuleOptimizer, prepareRule } from '../../../src/engine/rule/index.ts';
import { provideRuleLanguage } from './rule-language.ts';

provideRuleLanguage({ checkRule, createRuleOptimizer, prepareRule });
