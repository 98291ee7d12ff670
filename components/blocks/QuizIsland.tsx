import { useEffect, useId, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { loadQuizProgress, saveQuizProgress } from './quiz-progress.ts';
import { useStrings, withLocale } from '../widgets/lib/i18n.tsx';
import { quizStrings } from './strings.ts';

interface Props {
  storageKey: string;
  questionHtml: string;
  choicesHtml?: string[];
  /** Each choice as plain text (math as its TeX source), the radio button's accessible name. */
  choicesText?: string[];
  answer?: number;
  children?: ComponentChildren;
}

/**
 * A check-yourself question. The explanation sits in a <details>, so the page works without
 * JavaScript; with it, a multiple-choice question can be answered and checked. Progress stays
 * in this browser's localStorage and is never sent anywhere.
 */
function QuizIsland({ storageKey, questionHtml, choicesHtml, choicesText, answer, children }: Props) {
  const s = useStrings(quizStrings);
  const id = useId();
  const [picked, setPicked] = useState<number | null>(null);
  const [checked, setChecked] = useState(false);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const saved = loadQuizProgress(storageKey);
    if (saved) {
      setPicked(saved.picked);
      setChecked(saved.picked !== null);
      setOpen(saved.revealed);
    }
  }, [storageKey]);

  const correct = picked !== null && picked === answer;
  const check = () => {
    if (picked === null) return;
    setChecked(true);
    setOpen(true);
    saveQuizProgress(storageKey, { picked, revealed: true });
  };

  return (
    <div class="quiz" data-quiz>
      <fieldset>
        <legend dangerouslySetInnerHTML={{ __html: questionHtml }} />
        {choicesHtml && (
          <div class="quiz__choices">
            {choicesHtml.map((html, i) => (
              <label class="quiz__choice" key={i}>
                <input
                  type="radio"
                  name={id}
                  value={i}
                  aria-label={choicesText?.[i]}
                  checked={picked === i}
                  onChange={() => {
                    setPicked(i);
                    setChecked(false);
                  }}
                />
                <span dangerouslySetInnerHTML={{ __html: html }} />
              </label>
            ))}
            <div class="quiz__actions">
              <button type="button" class="button" onClick={check} disabled={picked === null}>
                {s.check}
              </button>
              <p class="quiz__feedback" role="status" aria-live="polite">
                {checked ? (correct ? s.correct : s.wrong) : ''}
              </p>
            </div>
          </div>
        )}
      </fieldset>
      <details
        class="quiz__answer"
        open={open}
        onToggle={(event) => {
          const nowOpen = event.currentTarget.open;
          setOpen(nowOpen);
          if (nowOpen) saveQuizProgress(storageKey, { picked, revealed: true });
        }}
      >
        <summary>{choicesHtml ? s.showExplanation : s.showAnswer}</summary>
        <div class="quiz__explanation">{children}</div>
      </details>
    </div>
  );
}

export default withLocale(QuizIsland);
