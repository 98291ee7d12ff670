import { defineStrings } from './i18n.tsx';

/**
 * The surfaces' names as the widgets show them (the Race, RuleCell), per language: one table, so
 * a surface added to src/engine/problems is named once. The engine's own `title` stays English.
 */
export const surfaceNames = defineStrings({
  en: {
    illConditioned: 'Ill-conditioned valley',
    rosenbrock: 'Rosenbrock',
    beale: 'Beale',
    himmelblau: 'Himmelblau',
    saddle: 'Saddle point',
    ravine: 'Winding ravine',
    rastrigin: 'Rastrigin',
  },
  'zh-cn': {
    illConditioned: '病态山谷',
    rosenbrock: 'Rosenbrock 函数',
    beale: 'Beale 函数',
    himmelblau: 'Himmelblau 函数',
    saddle: '鞍点',
    ravine: '蜿蜒的狭长山谷',
    rastrigin: 'Rastrigin 函数',
  },
});
