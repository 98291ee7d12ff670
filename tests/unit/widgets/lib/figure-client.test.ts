import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createFigureClient,
  type DrawRequest,
  type WorkerLike,
  type WorkerSetup,
} from '../../../../components/widgets/lib/figure-client.ts';

/** A worker that records what it is sent and answers when the test says so. */
function fakeWorker() {
  const sent: (DrawRequest & { id: number })[] = [];
  const setups: WorkerSetup[] = [];
  const worker: WorkerLike & { terminated: boolean } = {
    terminated: false,
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage(message) {
      // As a real worker does: the input is structured-cloned (a function in it throws).
      const copy = structuredClone(message) as (DrawRequest & { id: number }) | WorkerSetup;
      if ('figure' in copy) sent.push(copy);
      else setups.push(copy);
    },
    terminate() {
      this.terminated = true;
    },
  };
  const reply = (data: unknown) => worker.onmessage!({ data } as MessageEvent);
  return { worker, sent, setups, reply };
}

const request = (figure: string, input: unknown = {}): DrawRequest => ({
  figure,
  input,
  width: 320,
  height: 200,
  descriptionId: 'd',
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createFigureClient', () => {
  it('starts the worker once, on the first draw or `start`, and resolves with its figure', async () => {
    const fake = fakeWorker();
    const make = vi.fn(() => fake.worker);
    const client = createFigureClient(make);
    expect(make).not.toHaveBeenCalled();
    client.start();
    client.start();
    const drawn = client.draw({}, request('runs', { x: [0, 1] }));
    expect(make).toHaveBeenCalledTimes(1);
    // The screen's pixel ratio first (Plot in the worker needs it as it loads), then the draw.
    expect(fake.setups).toEqual([{ pixelRatio: 1 }]);
    expect(fake.sent).toEqual([{ id: 1, ...request('runs', { x: [0, 1] }) }]);
    fake.reply({ id: 1, nodes: ['<svg></svg><p></p>'] });
    await expect(drawn).resolves.toEqual({ kind: 'drawn', nodes: ['<svg></svg><p></p>'] });
  });

  it('keeps one draw per figure in the worker: the latest request waits, the ones it replaces are superseded', async () => {
    const fake = fakeWorker();
    const client = createFigureClient(() => fake.worker);
    const runs = {};
    const speed = {};
    const first = client.draw(runs, request('runs', 1));
    const second = client.draw(runs, request('runs', 2));
    const third = client.draw(runs, request('runs', 3));
    const other = client.draw(speed, request('speed', 9));
    // The other figure is not held up by the first one's draws.
    expect(fake.sent.map((m) => [m.figure, m.input])).toEqual([
      ['runs', 1],
      ['speed', 9],
    ]);
    await expect(second).resolves.toEqual({ kind: 'superseded' });
    fake.reply({ id: 1, nodes: ['one'] });
    await expect(first).resolves.toEqual({ kind: 'drawn', nodes: ['one'] });
    expect(fake.sent.map((m) => m.input)).toEqual([1, 9, 3]);
    fake.reply({ id: 3, nodes: ['three'] });
    fake.reply({ id: 2, nodes: ['nine'] });
    await expect(third).resolves.toEqual({ kind: 'drawn', nodes: ['three'] });
    await expect(other).resolves.toEqual({ kind: 'drawn', nodes: ['nine'] });
  });

  it('answers failed for a draw that threw in the worker, and goes on drawing there', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fake = fakeWorker();
    const client = createFigureClient(() => fake.worker);
    const slot = {};
    const broken = client.draw(slot, request('runs'));
    fake.reply({ id: 1, error: 'TypeError: bad' });
    await expect(broken).resolves.toEqual({ kind: 'failed' });
    expect(client.failed).toBe(false);
    const next = client.draw(slot, request('runs'));
    fake.reply({ id: 2, nodes: ['ok'] });
    await expect(next).resolves.toEqual({ kind: 'drawn', nodes: ['ok'] });
  });

  it('after a worker error, answers failed for every draw waiting and every later one, and ends the worker', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fake = fakeWorker();
    const make = vi.fn(() => fake.worker);
    const client = createFigureClient(make);
    const slot = {};
    const inWorker = client.draw(slot, request('runs', 1));
    const waiting = client.draw(slot, request('runs', 2));
    const preventDefault = vi.fn();
    fake.worker.onerror!({ preventDefault } as unknown as ErrorEvent);
    expect(preventDefault).toHaveBeenCalled();
    await expect(inWorker).resolves.toEqual({ kind: 'failed' });
    await expect(waiting).resolves.toEqual({ kind: 'failed' });
    expect(client.failed).toBe(true);
    expect(fake.worker.terminated).toBe(true);
    await expect(client.draw(slot, request('runs', 3))).resolves.toEqual({ kind: 'failed' });
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('answers failed when the worker cannot be made (no Worker, a policy that forbids it)', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const client = createFigureClient(() => {
      throw new ReferenceError('Worker is not defined');
    });
    await expect(client.draw({}, request('runs'))).resolves.toEqual({ kind: 'failed' });
    expect(client.failed).toBe(true);
  });

  it('answers failed, with an error in the console, for an input that cannot be sent (a function in it)', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const fake = fakeWorker();
    const client = createFigureClient(() => fake.worker);
    const slot = {};
    await expect(client.draw(slot, request('runs', { f: () => 1 }))).resolves.toEqual({ kind: 'failed' });
    expect(error.mock.calls[0]![0]).toContain('figure "runs" cannot be sent');
    // The slot is free again, and the worker still in use.
    const next = client.draw(slot, request('runs', 1));
    expect(fake.sent.at(-1)?.input).toBe(1);
    fake.reply({ id: fake.sent.at(-1)!.id, nodes: ['ok'] });
    await expect(next).resolves.toEqual({ kind: 'drawn', nodes: ['ok'] });
  });
});
