import DeepDive from '../blocks/DeepDive.astro';
import Figure from '../blocks/Figure.astro';
import Objectives from '../blocks/Objectives.astro';
import Pitfall from '../blocks/Pitfall.astro';
import Quiz from '../blocks/Quiz.astro';
import Recap from '../blocks/Recap.astro';
import TryThis from '../blocks/TryThis.astro';
import type { ComponentName } from '../schemas.ts';

/**
 * The one table of components handed to every chapter's MDX content: chapters use these tags
 * without imports. Widgets are Astro wrappers that validate props and hydrate a Preact island
 * with `client:visible`.
 */
export const components = {
  Objectives,
  TryThis,
  Pitfall,
  DeepDive,
  Recap,
  Quiz,
  Figure,
} satisfies Record<ComponentName, unknown>;
