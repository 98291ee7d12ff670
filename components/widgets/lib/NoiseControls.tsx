import { Slider } from './controls.tsx';
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

interface Props {
  sigma: number;
  maxSigma: number;
  seed: number;
  onChange: (patch: { noise?: number; seed?: number }) => void;
}

/** A σ slider for gradient noise and, while there is noise, a seed slider (gradient-noise.ts). */
export function NoiseControls({ sigma, maxSigma, seed, onChange }: Props) {
  const s = useStrings(strings);
  return (
    <>
      <Slider
        label={s.noise}
        value={sigma}
        min={0}
        max={maxSigma}
        step={0.1}
        onChange={(noise) => onChange({ noise })}
        hint={s.noiseHint}
      />
      {sigma > 0 && (
        <Slider
          label={s.seed}
          value={seed}
          min={seedRange.min}
          max={99}
          step={1}
          format={(v) => String(v)}
          onChange={(value) => onChange({ seed: Math.round(value) })}
        />
      )}
    </>
  );
}
