import { afterEach, describe, expect, it, vi } from 'vitest';
import { rulePresets } from '../../../../src/engine/rule/index.ts';
import { typesetRule } from '../../../../components/widgets/RuleCell/typeset.ts';

/** A worker as typeset.worker.ts answers: the same typesetRule, in a later task. */
class AnsweringWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault: () => void }) => void) | null = null;
  static made = 0;
  constructor() {
    AnsweringWorker.made++;
  }
  postMessage({ id, source }: { id: number; source: string }) {
    setTimeout(() => this.onmessage?.({ data: { id, html: typesetRule(source) } }));
  }
  terminate() {}
}

/** A worker whose script cannot load (a policy, an old browser): it reports an error and nothing else. */
class FailingWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault: () => void }) => void) | null = null;
  postMessage() {
    setTimeout(() => this.onerror?.({ preventDefault: () => {} }));
  }
  terminate() {}
}

/** typeset-client.ts keeps its worker in module state: a fresh copy of it for each case. */
async function freshClient() {
  vi.resetModules();
  return import('../../../../components/widgets/RuleCell/typeset-client.ts');
}

afterEach(() => vi.unstubAllGlobals());

describe('typesetRuleAsync', () => {
  const { source } = rulePresets.adam;

  it('asks one worker for every rule and gives its HTML, the same as typesetRule', async () => {
    vi.stubGlobal('Worker', AnsweringWorker);
    AnsweringWorker.made = 0;
    const { typesetRuleAsync } = await freshClient();
    const [adam, sgd] = await Promise.all([typesetRuleAsync(source), typesetRuleAsync(rulePresets.sgd.source)]);
    expect(adam).toBe(typesetRule(source));
    expect(sgd).toBe(typesetRule(rulePresets.sgd.source));
    expect(AnsweringWorker.made).toBe(1);
  });

  it('typesets in the page when the worker cannot load, and when there is no Worker at all', async () => {
    vi.stubGlobal('Worker', FailingWorker);
    const failing = await freshClient();
    expect(await failing.typesetRuleAsync(source)).toBe(typesetRule(source));
    vi.stubGlobal('Worker', undefined);
    const none = await freshClient();
    expect(await none.typesetRuleAsync(source)).toBe(typesetRule(source));
  });
});
