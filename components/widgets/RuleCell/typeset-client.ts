/**
 * The rule typeset for the island: in a worker (typeset.worker.ts), so that neither loading KaTeX
 * nor typesetting runs on the page's main thread; where a worker cannot start (an old browser, a
 * stricter policy on a page that embeds the course), in the page, in a task of its own, as before.
 */
import type { TypesetAnswer, TypesetRequest } from './typeset.worker.ts';

let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, { done: (html: string) => void; failed: (error: Error) => void }>();

function startWorker(): Worker | null {
  try {
    const started = new Worker(new URL('./typeset.worker.ts', import.meta.url), { type: 'module' });
    started.onmessage = ({ data }: MessageEvent<TypesetAnswer>) => {
      const handlers = waiting.get(data.id);
      waiting.delete(data.id);
      if ('html' in data) handlers?.done(data.html);
      else handlers?.failed(new Error(data.error));
    };
    // A worker that fails to load: every rule waiting, and every later one, is typeset in the page.
    started.onerror = (event) => {
      event.preventDefault();
      worker = null;
      started.terminate();
      const left = [...waiting.values()];
      waiting.clear();
      for (const handlers of left) handlers.failed(new Error('no worker'));
    };
    return started;
  } catch {
    return null;
  }
}

const inPage = (source: string): Promise<string> =>
  new Promise<void>((done) => setTimeout(done)).then(() =>
    import('./typeset.ts').then(({ typesetRule }) => typesetRule(source)),
  );

/** The rule's KaTeX HTML (the same as `typesetRule` in typeset.ts gives). */
export function typesetRuleAsync(source: string): Promise<string> {
  if (worker === undefined) worker = typeof Worker === 'function' ? startWorker() : null;
  const running = worker;
  if (running === null) return inPage(source);
  const id = nextId++;
  return new Promise<string>((done, failed) => {
    waiting.set(id, { done, failed });
    running.postMessage({ id, source } satisfies TypesetRequest);
  }).catch((error: unknown) => {
    // The worker could not load: the page typesets. A rule KaTeX rejects fails in the page too.
    if (error instanceof Error && error.message === 'no worker') return inPage(source);
    throw error;
  });
}
