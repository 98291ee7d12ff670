import { describe, expect, it } from 'vitest';
import { parseBody } from '../../../../src/authoring/chapter-source.ts';
import { widgetInstances } from '../../../../src/site/course/widget-instances.ts';

const chapter = `---
title: T
---

Some text with $x$.

<Figure caption="A figure">

<GdParabola id="gd" lr={0.3} steps={20} />

</Figure>

<Quiz id="q1" question="Why?" choices={["a", "b"]} answer={0} explanation="Because." />

<LossSlice />

<GdParabola id="gd" lr={0.9} />
`;

describe('widgetInstances', () => {
  it('lists each widget with its props and id (the default id when none is given), the first of a repeated id, no blocks', () => {
    const found = widgetInstances(parseBody(chapter));
    expect(found.map((w) => [w.tag, w.id])).toEqual([
      ['GdParabola', 'gd'],
      ['LossSlice', 'slice'],
    ]);
    expect(found[0]?.props).toEqual({ id: 'gd', lr: 0.3, steps: 20 });
  });
});
