/**
 * Joining sentences into a status line, in every language. A widget's sentence often carries a
 * sentence from elsewhere (the engine's reason a run stopped, a rule's error) that already ends
 * with its own full stop: set inside another sentence it loses that stop (`asClause`), and a line
 * that ends with it gets no second one (`endSentence`). So no status reads "..", "。。" or "。.".
 */

/** What ends a sentence in English or Chinese (an ellipsis too: "Your function…"). */
const sentenceEnd = /[.!?。！？…]$/u;
/** A final full stop, either language's. */
const finalStop = /[.。]$/u;

/** `text` ended by `stop` (the language's full stop, "." or "。"), unless it already ends a sentence. */
export function endSentence(text: string, stop: string): string {
  const trimmed = text.trimEnd();
  return trimmed === '' || sentenceEnd.test(trimmed) ? trimmed : trimmed + stop;
}

/** A sentence set inside another (before a semicolon or a comma, in brackets): without its final full stop. */
export function asClause(sentence: string): string {
  return sentence.trimEnd().replace(finalStop, '');
}
