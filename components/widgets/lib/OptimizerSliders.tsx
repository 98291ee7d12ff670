import type { ComponentChildren, JSX } from 'preact';
import { Slider } from './controls.tsx';

/** One slider's settings; the label and hint come from the widget's own strings. */
interface SliderSetting {
  value: number;
  onChange: (value: number) => void;
  label: string;
  hint?: string;
  /** Attributes for a wrapper linking the slider to a formula symbol (`link.linkProps('alpha')` of LinkedFormula). */
  link?: JSX.HTMLAttributes<HTMLDivElement>;
  /** The URL parameter it sets, its name in classroom links (default `lr` for α, `mu` for μ). */
  param?: string;
}

interface Props {
  /** The learning rate α, on a logarithmic slider over `range`. */
  lr: SliderSetting & { range: readonly [number, number] };
  /** The momentum coefficient μ (0 to 0.99 in steps of 0.01), shown before α: the rule reads μ first. */
  momentum?: SliderSetting;
}

const linked = (link: SliderSetting['link'], slider: ComponentChildren) =>
  link ? (
    <div class="control-link" {...link}>
      {slider}
    </div>
  ) : (
    slider
  );

/**
 * The optimizer settings most widgets show: a log-scale learning-rate slider and, for the momentum
 * widgets, a μ slider before it. One block, so the scale, the step and the order are the same in
 * every widget; each widget passes its own range, labels and what a change does.
 */
export function OptimizerSliders({ lr, momentum }: Props) {
  return (
    <>
      {momentum &&
        linked(
          momentum.link,
          <Slider
            label={momentum.label}
            value={momentum.value}
            min={0}
            max={0.99}
            step={0.01}
            onChange={momentum.onChange}
            param={momentum.param ?? 'mu'}
            {...(momentum.hint === undefined ? {} : { hint: momentum.hint })}
          />,
        )}
      {linked(
        lr.link,
        <Slider
          label={lr.label}
          value={lr.value}
          min={lr.range[0]}
          max={lr.range[1]}
          log
          onChange={lr.onChange}
          param={lr.param ?? 'lr'}
          {...(lr.hint === undefined ? {} : { hint: lr.hint })}
        />,
      )}
    </>
  );
}
