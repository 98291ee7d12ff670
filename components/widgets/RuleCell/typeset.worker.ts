/**
 * Typesets a rule off the page's main thread: KaTeX's evaluation (the first time) and a typeset
 * Adam rule (KaTeX, then the MathML repair) took 300-500 ms of the main thread at 4x CPU slowdown,
 * one task that a reader's next key press had to wait for. Here they run in a worker; the page only
 * inserts the HTML. A message is `{ id, source }`; the answer `{ id, html }` or `{ id, error }`.
 */
import { typesetRule } from './typeset.ts';

export interface TypesetRequest {
  id: number;
  source: string;
}
export type TypesetAnswer = { id: number; html: string } | { id: number; error: string };

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<TypesetRequest>) => void) | null;
  postMessage: (answer: TypesetAnswer) => void;
};

scope.onmessage = ({ data: { id, source } }) => {
  try {
    scope.postMessage({ id, html: typesetRule(source) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
