import { optimizerNames } from '../../../src/engine/optim/index.ts';
import type { OptimizerName } from '../../../src/engine/optim/index.ts';
import { Slider, Toggle } from '../lib/controls.tsx';
import { fmt } from '../lib/format.ts';
import { useLocale } from '../lib/i18n.tsx';
import { hasBiasCorrection, hyperLabels, hyperOf, hyperRanges } from '../lib/optimizer-settings.ts';
import type { Settings } from '../lib/optimizer-settings.ts';
import { optimizerColor } from '../lib/plot-theme.ts';
import { ScheduleSettings } from '../lib/ScheduleSettings.tsx';
import type { RaceStrings } from './strings.ts';

const colorOf = (name: OptimizerName) => optimizerColor(name);

export interface RaceSettingsProps {
  s: RaceStrings;
  titles: Readonly<Record<OptimizerName, string>>;
  selected: readonly OptimizerName[];
  settings: Settings;
  /** The run's length, which a newly chosen schedule's lengths fit. */
  horizon: number;
  toggle: (name: OptimizerName, on: boolean) => void;
  setSettings: (name: OptimizerName, patch: Partial<Settings[OptimizerName]>) => void;
}

/**
 * The optimizer settings block: per optimizer, a toggle, its learning rate and, folded away, its
 * other hyperparameters, its weight decay and its schedule. A component of its own so that it can
 * give way to the shared settings block.
 */
export function RaceSettings({ s, titles, selected, settings, horizon, toggle, setSettings }: RaceSettingsProps) {
  const locale = useLocale();
  return (
    <fieldset class="race__optimizers">
      <legend>{s.optimizers}</legend>
      {optimizerNames.map((oname) => {
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
                  {hasBiasCorrection(oname) && (
                    <Toggle
                      label={s.biasCorrectionOf(titles[oname])}
                      checked={os.biasCorrection}
                      onChange={(biasCorrection) => setSettings(oname, { biasCorrection })}
                    />
                  )}
                  <ScheduleSettings
                    title={titles[oname]}
                    weightDecay={os.weightDecay}
                    schedule={os.schedule}
                    horizon={horizon}
                    onChange={(patch) => setSettings(oname, patch)}
                  />
                </details>
              </>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
