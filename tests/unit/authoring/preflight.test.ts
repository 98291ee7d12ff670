import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCourse } from '../../../src/authoring/preflight.ts';
import { formatProblems } from '../../../src/authoring/problem.ts';

const repo = path.resolve(import.meta.dirname, '../../..');

describe('checkCourse on the course as it is', () => {
  it('finds no problem, in a production build and in dev', () => {
    expect(formatProblems(checkCourse(repo, true))).toBe('');
    expect(formatProblems(checkCourse(repo, false))).toBe('');
  }, 120_000);
});
