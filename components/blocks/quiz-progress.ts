/** What the course remembers of one quiz question, in this browser only. */
export interface QuizProgress {
  picked: number | null;
  revealed: boolean;
}

const prefix = 'descent-quiz:';

/** Reads saved progress; anything malformed (or storage being unavailable) counts as none. */
export function loadQuizProgress(key: string): QuizProgress | null {
  try {
    const raw = localStorage.getItem(prefix + key);
    if (raw === null) return null;
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { picked, revealed } = value as Record<string, unknown>;
    const validPick = picked === null || (typeof picked === 'number' && Number.isInteger(picked) && picked >= 0 && picked < 16);
    if (!validPick || typeof revealed !== 'boolean') return null;
    return { picked: picked, revealed };
  } catch {
    return null;
  }
}

export function saveQuizProgress(key: string, progress: QuizProgress): void {
  try {
    localStorage.setItem(prefix + key, JSON.stringify(progress));
  } catch {
    // Private mode or a full quota: progress is a convenience, the quiz still works.
  }
}
