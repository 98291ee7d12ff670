import { defineStrings, useStrings } from './i18n.tsx';

const strings = defineStrings({ en: { label: 'Colour key' }, 'zh-cn': { label: '图例' } });

/**
 * A colour key in HTML, outside the Plot: Plot's own legend wraps the SVG in a taller <figure>,
 * which would overflow PlotFigure's fixed aspect-ratio box.
 */
export function Legend({ items }: { items: readonly { label: string; color: string; dashed?: boolean }[] }) {
  const s = useStrings(strings);
  return (
    <ul class="plot-legend" aria-label={s.label}>
      {items.map((item) => (
        <li key={item.label}>
          <svg width="22" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="21" y2="5" stroke={item.color} stroke-width="3" stroke-dasharray={item.dashed ? '4 3' : undefined} />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
