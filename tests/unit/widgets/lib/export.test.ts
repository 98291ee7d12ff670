import { describe, expect, it } from 'vitest';
import {
  fileNameOf,
  standaloneSvg,
  trajectoriesToCsv,
  trajectoriesToJson,
} from '../../../../components/widgets/lib/export.ts';

describe('exports', () => {
  const runs = [
    { optimizer: 'sgd', spec: { name: 'sgd', lr: 0.1 }, points: [1, 2, 0.5, 1], losses: [5, 1.25], diverged: null },
    {
      optimizer: 'adam',
      spec: { name: 'adam', lr: 0.1 },
      points: [1, 2],
      losses: [5],
      diverged: 'The loss exceeded 1e12 at step 1: "x", really.',
    },
  ];

  it('writes CSV rows per optimizer and step', () => {
    expect(trajectoriesToCsv(runs)).toBe('optimizer,step,x,y,loss\nsgd,0,1,2,5\nsgd,1,0.5,1,1.25\nadam,0,1,2,5\n');
  });

  it('adds the rate of each row, the weight decay and the schedule when the runs carry them', () => {
    const scheduled = [{ ...runs[0]!, lrs: [0.1, 0.05], weightDecay: 0.01, schedule: 'step stepSize=1 gamma=0.5' }];
    expect(trajectoriesToCsv(scheduled)).toBe(
      'optimizer,step,x,y,loss,lr,weight_decay,schedule\nsgd,0,1,2,5,0.1,0.01,step stepSize=1 gamma=0.5\nsgd,1,0.5,1,1.25,0.05,0.01,step stepSize=1 gamma=0.5\n',
    );
  });

  it('writes JSON that parses back', () => {
    const parsed = JSON.parse(trajectoriesToJson({ surface: 'rosenbrock' }, runs)) as {
      config: { surface: string };
      runs: { points: number[][]; diverged: string | null }[];
    };
    expect(parsed.config.surface).toBe('rosenbrock');
    expect(parsed.runs[0]!.points).toEqual([
      [1, 2],
      [0.5, 1],
    ]);
    expect(parsed.runs[1]!.diverged).toContain('really');
  });

  it('makes an SVG standalone', () => {
    const out = standaloneSvg(
      '<svg width="10"><path stroke="var(--accent)" fill="var(--nope)"/><text style="color: var(--fg, red)"/></svg>',
      (n) => ({ '--accent': ' #123456', '--fg': '#000' })[n] ?? '',
    );
    expect(out).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10"><path stroke="#123456" fill="currentColor"/><text style="color: #000"/></svg>',
    );
    expect(standaloneSvg('<svg><g fill="var(--x)"/></svg>', () => '"><script>')).toContain('fill="currentColor"');
    expect(fileNameOf('Race: Rosenbrock!', 'csv')).toBe('race-rosenbrock.csv');
  });

  it('a static frame that draws a frame the page shares gets its content back (the file has no page)', () => {
    const frames: Record<string, string> = { 'shared-frame-2': '<g fill="var(--accent)"><path d="M0,0l1,1"/></g>' };
    const out = standaloneSvg(
      '<svg viewBox="0 0 9 9"><use href="#shared-frame-2"></use></svg>',
      () => 'red',
      (id) => frames[id] ?? '',
    );
    expect(out).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9"><g fill="red"><path d="M0,0l1,1"/></g></svg>',
    );
  });
});

describe('file names per language', () => {
  it('file names keep Chinese titles and leave English ones alone', () => {
    expect(fileNameOf('Race: Rosenbrock!', 'csv')).toBe('race-rosenbrock.csv');
    expect(fileNameOf('Gradient descent on L(w) = ½λw²', 'svg')).toBe('gradient-descent-on-l-w-w.svg');
    expect(fileNameOf('竞赛：Rosenbrock 函数', 'png')).toBe('竞赛-rosenbrock-函数.png');
  });
});
