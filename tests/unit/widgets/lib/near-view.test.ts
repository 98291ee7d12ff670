/** whenNearView (components/widgets/lib/near-view.ts): starts only once the element comes near the screen. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenNearView } from '../../../../components/widgets/lib/near-view.ts';

type Callback = (entries: { isIntersecting: boolean }[]) => void;

/** A fake IntersectionObserver whose notifications the test sends. */
class FakeObserver {
  static last: FakeObserver | null = null;
  observed: unknown[] = [];
  disconnected = false;
  constructor(
    readonly callback: Callback,
    readonly options: { rootMargin?: string },
  ) {
    FakeObserver.last = this;
  }
  observe(element: unknown) {
    this.observed.push(element);
  }
  disconnect() {
    this.disconnected = true;
  }
  notify(isIntersecting: boolean) {
    this.callback([{ isIntersecting }]);
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeObserver.last = null;
});

const element = {} as Element;

describe('whenNearView', () => {
  it('waits while the element is far from the screen, then starts once, when it comes near', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const start = vi.fn(() => undefined);
    whenNearView(element, start);
    const observer = FakeObserver.last!;
    expect(observer.observed).toEqual([element]);
    expect(observer.options.rootMargin).toBe('100% 0px');
    observer.notify(false);
    expect(start).not.toHaveBeenCalled();
    observer.notify(true);
    expect(start).toHaveBeenCalledOnce();
    expect(observer.disconnected).toBe(true);
  });

  it('stopped before it started, it never starts; stopped after, it calls the cleanup start gave', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const start = vi.fn(() => undefined);
    const stop = whenNearView(element, start);
    stop();
    expect(FakeObserver.last!.disconnected).toBe(true);
    expect(start).not.toHaveBeenCalled();

    const cleanup = vi.fn();
    const stopLater = whenNearView(element, () => cleanup);
    FakeObserver.last!.notify(true);
    expect(cleanup).not.toHaveBeenCalled();
    stopLater();
    expect(cleanup).toHaveBeenCalledOnce();
  });

  it('starts at once without IntersectionObserver (the server, an old browser)', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    const start = vi.fn(() => undefined);
    whenNearView(element, start);
    expect(start).toHaveBeenCalledOnce();
  });
});
