import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkCourse } from './preflight.ts';
import { formatProblems } from './problem.ts';

/**
 * Runs the chapters' checks (preflight.ts) as soon as Astro has read its config, before it
 * syncs content or bundles anything, so a mistake fails `npm run build` in seconds with every
 * problem at once. The report is the author's lines only: the error carries no stack trace,
 * which would point into this file rather than at the chapter. In `npm run dev` the same problems
 * are printed as a warning and the page that has one shows it in the browser's overlay.
 */
export function authoringChecks(): AstroIntegration {
  return {
    name: 'descent-authoring-checks',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const problems = checkCourse(fileURLToPath(config.root), command === 'build');
        if (problems.length === 0) return;
        const count = problems.length === 1 ? 'A mistake' : `${problems.length} mistakes`;
        const report = `${count} in the chapters (file:line:column: what is wrong; the fix):\n${formatProblems(problems)}`;
        if (command === 'dev') {
          logger.warn(report);
          return;
        }
        const error = new Error(report);
        error.name = 'ChapterError';
        error.stack = '';
        throw error;
      },
    },
  };
}
