import { describe, expect, it } from 'vitest';
import {
  chapterPath,
  classroomQuery,
  embedPath,
  embedSandbox,
  iframeCode,
  readFlags,
  unknownNames,
  withoutFlags,
} from '../../../../components/widgets/lib/classroom.ts';

describe('readFlags', () => {
  it('reads every named control and the other flags; unknownNames reports the names no control has', () => {
    const flags = readFlags('?hide=start,nosuch&lock=lr,,lr&autoplay=1&step=12&caption=0');
    expect([...flags.hide]).toEqual(['start', 'nosuch']);
    expect([...flags.lock]).toEqual(['lr']);
    expect(unknownNames(flags, ['lr', 'start', 'step'])).toEqual(['nosuch']);
    expect(
      unknownNames(
        flags,
        new Map([
          ['lr', 'α'],
          ['start', 'x'],
        ]).keys(),
      ),
    ).toEqual(['nosuch']);
    expect(flags).toMatchObject({ autoplay: true, step: 12, caption: false });
  });

  it('defaults to nothing hidden, a shown caption and no step; a bad step is ignored', () => {
    const none = readFlags('?gd.lr=0.3');
    expect(none).toMatchObject({ autoplay: false, step: null, caption: true });
    expect(unknownNames(none, ['lr'])).toEqual([]);
    expect(readFlags('?step=-3').step).toBeNull();
    expect(readFlags('?step=1e9').step).toBeNull();
  });
});

describe('links', () => {
  it('builds a classroom query after the widget’s state, commas kept readable, defaults left out', () => {
    const choice = { hide: ['lr', 'start'], lock: ['step'], autoplay: true, caption: false, theme: 'dark' as const };
    expect(classroomQuery('?gd.lr=0.3&hide=old', choice)).toBe(
      '?gd.lr=0.3&hide=lr,start&lock=step&autoplay=1&caption=0&theme=dark',
    );
    expect(classroomQuery('', { hide: [], lock: [], autoplay: false, caption: true, theme: 'auto' })).toBe('');
  });

  it('strips the flags from a state link', () => {
    expect(withoutFlags('?gd.lr=0.3&hide=lr&theme=dark&step=3')).toBe('?gd.lr=0.3');
  });

  it('finds the embed page and the chapter of a page, under a base path and a language prefix', () => {
    expect(embedPath('/chapters/momentum/', 'ravine')).toBe('/embed/momentum/ravine/');
    expect(embedPath('/descent/zh-cn/chapters/momentum/', 'ravine')).toBe('/descent/zh-cn/embed/momentum/ravine/');
    expect(embedPath('/embed/momentum/ravine/', 'ravine')).toBe('/embed/momentum/ravine/');
    expect(embedPath('/authoring/components/gd-parabola/', 'gd')).toBeNull();
    expect(chapterPath('/descent/zh-cn/embed/momentum/ravine/')).toBe('/descent/zh-cn/chapters/momentum/');
    expect(chapterPath('/about/')).toBeNull();
  });

  it('writes an iframe with a title, a size, lazy loading and the sandbox, escaping attributes', () => {
    const code = iframeCode({
      src: 'https://x.org/embed/a/b/?a.lr=1&hide=lr',
      title: 'A "quoted" <title>',
      width: 760.4,
      height: 500,
    });
    expect(code).toBe(
      `<iframe src="https://x.org/embed/a/b/?a.lr=1&amp;hide=lr" title="A &quot;quoted&quot; &lt;title&gt;" width="760" height="500" loading="lazy" sandbox="${embedSandbox}" style="border:0;max-width:100%"></iframe>`,
    );
    expect(embedSandbox.split(' ')).not.toContain('allow-top-navigation');
  });
});
