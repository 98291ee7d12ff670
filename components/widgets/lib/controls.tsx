import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { fmt } from './format.ts';

interface SliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  /** Step on a linear scale. Ignored when `log` is set (the slider then has 200 positions per decade-range). */
  step?: number;
  /** A logarithmic slider, for learning rates and other scale parameters. */
  log?: boolean;
  onChange: (value: number) => void;
  /** How the value is read out (visible and as aria-valuetext). */
  format?: (value: number) => string;
  /** Extra description read by screen readers. */
  hint?: string;
  name?: string;
}

const logPositions = 400;

/**
 * A native range input with a visible label and read-out. It can only produce finite values
 * inside [min, max]: the browser clamps the position, and the mapping back is clamped again.
 */
export function Slider({ label, value, min, max, step = 0.01, log = false, onChange, format = (v) => fmt(v), hint, name }: SliderProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const toPosition = (v: number) =>
    log ? Math.round(((Math.log10(v) - Math.log10(min)) / (Math.log10(max) - Math.log10(min))) * logPositions) : v;
  const fromPosition = (p: number) => {
    const raw = log ? 10 ** (Math.log10(min) + (p / logPositions) * (Math.log10(max) - Math.log10(min))) : p;
    const value = Number(raw.toPrecision(4));
    return Math.min(max, Math.max(min, value));
  };
  const text = format(value);
  return (
    <div class="control control--slider">
      {/* The read-out sits beside the label, not in it: a <label> may hold no other labelable element (an <output> is one). */}
      <div class="control__head">
        <label for={id} class="control__label">
          {label}
        </label>
        <output for={id} class="control__value">
          {text}
        </output>
      </div>
      <input
        id={id}
        name={name}
        type="range"
        min={log ? 0 : min}
        max={log ? logPositions : max}
        step={log ? 1 : step}
        value={toPosition(value)}
        aria-valuetext={text}
        aria-describedby={hint ? hintId : undefined}
        onInput={(event) => {
          const position = Number(event.currentTarget.value);
          if (Number.isFinite(position)) onChange(fromPosition(position));
        }}
      />
      {hint && (
        <span id={hintId} class="visually-hidden">
          {hint}
        </span>
      )}
    </div>
  );
}

interface ToggleProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function Toggle({ label, checked, onChange }: ToggleProps) {
  return (
    <label class="control control--toggle">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />
      <span>{label}</span>
    </label>
  );
}

interface SelectProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

export function Select<T extends string>({ label, value, options, onChange }: SelectProps<T>) {
  const id = useId();
  return (
    <div class="control control--select">
      <label for={id} class="control__label">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const next = options.find((o) => o.value === event.currentTarget.value);
          if (next) onChange(next.value);
        }}
      >
        {options.map((o) => (
          <option value={o.value} key={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Button({
  onClick,
  children,
  pressed,
  disabled,
  label,
}: {
  onClick: () => void;
  children: ComponentChildren;
  pressed?: boolean;
  disabled?: boolean;
  /** Accessible name when the visible content is an icon. */
  label?: string;
}) {
  return (
    <button type="button" class="button" onClick={onClick} aria-pressed={pressed} disabled={disabled} aria-label={label}>
      {children}
    </button>
  );
}
