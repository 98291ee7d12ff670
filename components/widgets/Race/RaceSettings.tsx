import { classicOptimizerNames } from '../../../src/engine/optim/index.ts';
import type { ClassicOptimizerName } from '../../../src/engine/optim/index.ts';
import { Slider, Toggle } from '../lib/controls.tsx';
import { fmt } from '../lib/format.ts';
import { useLocale } from '../lib/i18n.tsx';
import { hyperLabels, hyperOf, hyperRanges } from '../lib/optimizer-settings.ts';
import type { Settings } from '../lib/optimizer-settings.ts';
import { seriesColor } from '../lib/plot-theme.ts';
import type { RaceStrings } from './strings.ts';

const colorOf = (name: ClassicOptimizerName) => seriesColor(classicOptimizerNames.indexOf(name));

export interface RaceSettingsProps {
  s: RaceStrings;
  titles: Readonly<Record<ClassicOptimizerName, string>>;
  selected: readonly ClassicOptimizerName[];
  settings: Settings;
  toggle: (name: ClassicOptimizerName, on: boolean) => void;
  setSettings: (name: ClassicOptimizerName, patch: Partial<Settings[ClassicOptimizerName]>) => void;
}

/**
 * The optimizer settings block: per optimizer, a toggle, its learning rate and, folded away, its
 * other hyperparameters. A component of its own so that it can give way to the shared settings block.
 */
export function RaceSettings({ s, titles, selected, settings, toggle, setSettings }: RaceSettingsProps) {
  const locale = useLocale();
  return (
    <fieldset class="race__optimizers">
      <legend>{s.optimizers}</legend>
      {classicOptimizerNames.map((oname) => {
        const on = selected.includes(oname);
        const os = settings[oname];
        const extra = hyperOf[oname].filter((key) => key !== 'lr');
        return (
          <div class="race__opt" key={oname} data-optimizer={oname} style={{ '--swatch': colorOf(oname) }}>
            <Toggle label={titles[oname]} checked={on} onChange={(checked) => toggle(oname, checked)} />
            {on && (
              <>
                <Slider
                  label={`${titles[oname]} α`}
                  value={os.lr}
                  min={hyperRanges.lr.min}
                  max={hyperRanges.lr.max}
                  log
                  onChange={(lr) => setSettings(oname, { lr })}
                  hint={s.logScale}
                />
                {(extra.length > 0 || oname === 'adam') && (
                  <details class="race__more">
                    <summary>{s.moreSettings}</summary>
                    {extra.map((key) => (
                      <Slider
                        key={key}
                        label={`${titles[oname]} ${hyperLabels[locale][key]}`}
                        value={os[key]}
                        min={hyperRanges[key].min}
                        max={hyperRanges[key].max}
                        log={hyperRanges[key].log}
                        step={key === 'beta2' ? 0.0001 : 0.001}
                        format={(v) => (key === 'eps' ? fmt(v) : String(Number(v.toPrecision(4))))}
                        onChange={(v) => setSettings(oname, { [key]: v })}
                      />
                    ))}
                    {oname === 'adam' && (
                      <Toggle
                        label={s.biasCorrection}
                        checked={os.biasCorrection}
                        onChange={(biasCorrection) => setSettings('adam', { biasCorrection })}
                      />
                    )}
                  </details>
                )}
              </>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
