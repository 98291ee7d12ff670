/** A small HTML legend above a chart (Plot's own legend would change the figure's fixed height). */
export function SeriesLegend({ items, note }: { items: readonly { label: string; color: string; dashed?: boolean }[]; note?: string }) {
  return (
    <p aria-hidden="true" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem 1rem', margin: '0.5rem 0 0.25rem', fontSize: '0.85rem', color: 'var(--fg-soft)' }}>
      {items.map((item) => (
        <span key={item.label} style={{ display: 'inline-flex', alignItems: 'center', gap: '0.35rem' }}>
          <svg width="22" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="21" y2="5" stroke={item.color} stroke-width="3" stroke-dasharray={item.dashed ? '5 3' : undefined} />
          </svg>
          {item.label}
        </span>
      ))}
      {note && <span>{note}</span>}
    </p>
  );
}
