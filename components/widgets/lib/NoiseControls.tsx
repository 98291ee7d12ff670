import { Slider } from './controls.tsx';
import { useControlName } from './embed-context.tsx';
import { seedRange } from './gradient-noise.ts';
import { defineStrings, useStrings } from './i18n.tsx';

const strings = defineStrings({
  en: {
    noise: 'Gradient noise σ',
    noiseHint:
      'Standard deviation of the seeded Gaussian noise added to every gradient, like a mini-batch gradient. 0: exact gradients.',
    seed: 'Noise seed',
  },
  'zh-cn': {
    noise: '梯度噪声 σ',
    noiseHint: '给每个梯度加上的高斯噪声（带种子）的标准差，模拟小批量梯度。0 表示精确梯度。',
    seed: '噪声种子',
  },
});

/**
 * The seed slider of every widget with a seed (0 to 99: enough draws to compare, few enough to
 * remember), named `seed` in classroom links. `shown` false leaves it out (no noise, nothing to
 * seed) but keeps its name, so a link can hide or lock it before it appears.
 */
export function SeedSlider({
  label,
  value,
  onChange,
  shown = true,
}: {
  label: string;
  value: number;
  onChange: (seed: number) => void;
  shown?: boolean;
}) {
  useControlName('seed', label);
  if (!shown) return null;
  return (
    <Slider
      param="seed"
      label={label}
      value={value}
      min={seedRange.min}
      max={99}
      step={1}
      format={(v) => String(v)}
      onChange={(seed) => onChange(Math.round(seed))}
    />
  );
}

interface Props {
  sigma: number;
  maxSigma: number;
  seed: number;
  onChange: (patch: { noise?: number; seed?: number }) => void;
}

/** A σ slider for gradient noise and, while there is noise, a seed slider (gradient-noise.ts); named `noise` and `seed`. */
export function NoiseControls({ sigma, maxSigma, seed, onChange }: Props) {
  const s = useStrings(strings);
  return (
    <>
      <Slider
        param="noise"
        label={s.noise}
        value={sigma}
        min={0}
        max={maxSigma}
        step={0.1}
        onChange={(noise) => onChange({ noise })}
        hint={s.noiseHint}
      />
      <SeedSlider label={s.seed} value={seed} shown={sigma > 0} onChange={(value) => onChange({ seed: value })} />
    </>
  );
}
