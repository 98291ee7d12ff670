import DeepDive from './blocks/DeepDive.astro';
import Figure from './blocks/Figure.astro';
import Objectives from './blocks/Objectives.astro';
import Pitfall from './blocks/Pitfall.astro';
import Quiz from './blocks/Quiz.astro';
import Recap from './blocks/Recap.astro';
import Rule from './blocks/Rule.astro';
import TryThis from './blocks/TryThis.astro';

/** Widget wrappers by convention: components/widgets/<Name>/<Name>.astro is the tag <Name>. */
const widgetModules = import.meta.glob<unknown>('./widgets/*/*.astro', { eager: true, import: 'default' });
const widgets: Record<string, unknown> = {};
for (const [file, component] of Object.entries(widgetModules)) {
  const [, , folder, base] = file.split('/');
  if (folder !== undefined && base === `${folder}.astro`) widgets[folder] = component;
}

/**
 * The one table of components handed to every chapter's MDX content: chapters use these tags
 * without imports. components/registry.ts holds the same names with their props schemas (a unit
 * test checks that the two agree).
 */
export const components: Readonly<Record<string, unknown>> = Object.freeze({
  Objectives,
  TryThis,
  Pitfall,
  DeepDive,
  Recap,
  Quiz,
  Figure,
  Rule,
  ...widgets,
});
