/**
 * The Trainer's island for a racers list with a rule (Trainer.astro picks it): the same island,
 * with the rule language loaded first (lib/with-rules.ts), so only pages that train a rule load
 * it, and the rule trains from the first frame on.
 */
import '../lib/with-rules.ts';

export { default } from './TrainerIsland.tsx';
