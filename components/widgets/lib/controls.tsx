import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { fmt } from './format.ts';
import { logPosition, logPositions, logValue } from './log-slider.ts';
import { useControlFlags } from './embed-context.tsx';

/**
 * `param`, on every control: the widget's URL parameter the control sets (`lr`, `start`). It is
 * the control's name in classroom links (`hide=lr`, `lock=start`, see classroom.ts) and is written
 * on the control as data-control.
 */
interface Named {
  param?: string;
}

interface SliderProps {
  label: string;
  value: number;
  min: number;
  max: number;
  /** Step on a linear scale. Ignored when `log` is set (the slider then has 200 positions per decade-range). */
  step?: number;
  /** A logarithmic slider, for learning rates and other scale parameters. */
  log?: boolean;
  /**
   * Values a log slider gives exactly at their nearest position (default: the round numbers
   * 1, 1.2, 1.5, 2, 2.5, 3, … 9 × 10^k in range), so that a value the text names can be set.
   */
  snaps?: readonly number[];
  onChange: (value: number) => void;
  /** How the value is read out (visible and as aria-valuetext). */
  format?: (value: number) => string;
  /** Extra description read by screen readers. */
  hint?: string;
  name?: string;
  param?: string;
}

/**
 * A native range input with a visible label and read-out. It can only produce finite values
 * inside [min, max]: the browser clamps the position, and the mapping back is clamped again.
 */
export function Slider({
  label,
  value,
  min,
  max,
  step = 0.01,
  log = false,
  snaps,
  onChange,
  format = (v) => fmt(v),
  hint,
  name,
  param,
}: SliderProps) {
  const id = useId();
  const { hidden, locked } = useControlFlags(param, label);
  const hintId = `${id}-hint`;
  const toPosition = (v: number) => (log ? logPosition(v, min, max) : v);
  const fromPosition = (p: number) =>
    log ? logValue(p, min, max, snaps) : Math.min(max, Math.max(min, Number(p.toPrecision(4))));
  const text = format(value);
  return (
    <div class="control control--slider" data-control={param} hidden={hidden || undefined}>
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
        disabled={locked || undefined}
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

interface ToggleProps extends Named {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

export function Toggle({ label, checked, onChange, param }: ToggleProps) {
  const { hidden, locked } = useControlFlags(param, label);
  return (
    <label class="control control--toggle" data-control={param} hidden={hidden || undefined}>
      <input
        type="checkbox"
        checked={checked}
        disabled={locked || undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span>{label}</span>
    </label>
  );
}

interface SelectProps<T extends string> extends Named {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

/**
 * Whether a select needs two cells of the control grid: one whose longest option would be cut
 * short in a single cell (about 14 Latin letters; a CJK character is as wide as two).
 */
export function isWideSelect(labels: readonly string[]): boolean {
  const width = (text: string) =>
    [...text].reduce((sum, ch) => sum + (/[\u2e80-\u9fff\uff00-\uffef]/u.test(ch) ? 2 : 1), 0);
  return labels.some((text) => width(text) > 14);
}

export function Select<T extends string>({ label, value, options, onChange, param }: SelectProps<T>) {
  const id = useId();
  const { hidden, locked } = useControlFlags(param, label);
  const wide = isWideSelect(options.map((o) => o.label));
  return (
    <div
      class={wide ? 'control control--select control--wide' : 'control control--select'}
      data-control={param}
      hidden={hidden || undefined}
    >
      <label for={id} class="control__label">
        {label}
      </label>
      <select
        id={id}
        value={value}
        disabled={locked || undefined}
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

/**
 * A button. One that changes the widget's state on its own (the Race's "Use the best learning
 * rates") takes a `name`, so a classroom link can hide or lock it like any control; buttons in a
 * named ControlGroup (play, step, reset) are named by the group.
 */
export function Button({
  onClick,
  children,
  pressed,
  disabled,
  label,
  name,
}: {
  onClick: () => void;
  children: ComponentChildren;
  pressed?: boolean;
  disabled?: boolean;
  /** Accessible name when the visible content is an icon. */
  label?: string;
  /** Its classroom name (`hide=`/`lock=`); the Share menu lists it with the button's text. */
  name?: string;
}) {
  // A button inside a locked ControlGroup is disabled with the group's other controls.
  const { hidden, locked } = useControlFlags(name, label ?? (typeof children === 'string' ? children : name));
  return (
    <button
      type="button"
      class="button"
      onClick={onClick}
      aria-pressed={pressed}
      disabled={disabled || locked || undefined}
      aria-label={label}
      data-control={name}
      hidden={hidden || undefined}
    >
      {children}
    </button>
  );
}
