import type { OptimizerName } from '../../../src/engine/optim/index.ts';
import { Slider, Toggle } from '../lib/controls.tsx';
import { fmt } from '../lib/format.ts';
import { useLocale } from '../lib/i18n.tsx';
import { hasBiasCorrection, hyperLabels, hyperOf, hyperRanges } from '../lib/optimizer-settings.ts';
import type { Settings } from '../lib/optimizer-settings.ts';
import { OptimizerCards } from '../lib/OptimizerCards.tsx';
import { defaultSchedule } from '../lib/schedule-settings.ts';
import type { RaceStrings } from './strings.ts';

export interface RaceSettingsProps {
  s: RaceStrings;
  titles: Readonly<Record<OptimizerName, string>>;
  selected: readonly OptimizerName[];
  settings: Settings;
  /**
   * The run's length, which a newly chosen schedule's lengths fit: read when a schedule is chosen,
   * as the island does not render this block again for a change of steps alone.
   */
  horizon: { readonly current: number };
  toggle: (name: OptimizerName, on: boolean) => void;
  setSettings: (name: OptimizerName, patch: Partial<Settings[OptimizerName]>) => void;
}

/**
 * The Race's optimizer settings: the shared cards (OptimizerCards: a toggle, the learning rate and,
 * folded away, weight decay and schedule), with each optimizer's other hyperparameters and its
 * bias correction folded in before its weight decay.
 */
export function RaceSettings({ s, titles, selected, settings, horizon, toggle, setSettings }: RaceSettingsProps) {
  const locale = useLocale();
  return (
    <OptimizerCards
      legend={s.optimizers}
      titles={titles}
      selected={selected}
      settings={settings}
      horizon={horizon.current}
      words={s}
      toggle={toggle}
      setLr={(oname, lr) => setSettings(oname, { lr })}
      setSchedule={(oname, patch) =>
        setSettings(
          oname,
          // A schedule just chosen, fitted to the run's length now (the cards may hold an older one).
          patch.schedule && patch.schedule.name !== settings[oname].schedule.name
            ? { ...patch, schedule: defaultSchedule(patch.schedule.name, horizon.current) }
            : patch,
        )
      }
      extra={(oname) => {
        const os = settings[oname];
        return (
          <>
            {hyperOf[oname]
              .filter((key) => key !== 'lr')
              .map((key) => (
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
          </>
        );
      }}
    />
  );
}
