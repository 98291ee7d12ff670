/**
 * The Race's island for a race with a rule among its racers (Race.astro picks it): the same
 * island, with the rule language loaded first (lib/with-rules.ts), so only pages that race a
 * rule load it, and the rule runs from the first frame on.
 */
import '../lib/with-rules.ts';

export { default } from './RaceIsland.tsx';
