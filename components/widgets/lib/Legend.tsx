import { defineStrings, useStrings } from './i18n.tsx';

const strings = defineStrings({ en: { label: 'Colour key' }, 'zh-cn': { label: '图例' } });

export interface LegendItem {
  label: string;
  color: string;
  /** Draw the key dashed: `true` for the usual 4-3 dashes, or the chart line's own dash array ('5 3'). */
  dashed?: boolean | string;
}

/**
 * A colour key in HTML, outside the Plot: Plot's own legend wraps the SVG in a taller <figure>,
 * which would overflow PlotFigure's fixed aspect-ratio box. `note` is a short remark after the
 * keys (what the dashes mean, say).
 */
export function Legend({ items, note }: { items: readonly LegendItem[]; note?: string }) {
  const s = useStrings(strings);
  return (
    <ul class="plot-legend" aria-label={s.label}>
      {items.map((item) => (
        <li key={item.label}>
          <svg width="22" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="21" y2="5" stroke={item.color} stroke-width="3" stroke-dasharray={typeof item.dashed === 'string' ? item.dashed : item.dashed ? '4 3' : undefined} />
          </svg>
          {item.label}
        </li>
      ))}
      {note && <li>{note}</li>}
    </ul>
  );
}
