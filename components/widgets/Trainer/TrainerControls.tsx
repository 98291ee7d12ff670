import { activations } from '../../../src/engine/nn/index.ts';
import { optimizerNames } from '../../../src/engine/optim/index.ts';
import type { OptimizerName } from '../../../src/engine/optim/index.ts';
import { Button, Select, Slider, Toggle } from '../lib/controls.tsx';
import { hyperRanges } from '../lib/optimizer-settings.ts';
import { optimizerColor } from '../lib/plot-theme.ts';
import { ScheduleSettings } from '../lib/ScheduleSettings.tsx';
import { trainerDatasets, trainerHorizon } from './model.ts';
import type { TrainerStrings } from './strings.ts';
import type { TrainerState } from './use-trainer-state.ts';

const colorOf = (name: OptimizerName) => optimizerColor(name);

/** Each optimizer's card: a toggle and, when it is on, its learning rate and, folded away, its weight decay and schedule. */
export function TrainerOptimizerSettings({
  s,
  titles,
  selected,
  settings,
  toggle,
  setLr,
  setSettings,
}: Pick<TrainerState, 'selected' | 'settings' | 'toggle' | 'setLr' | 'setSettings'> & {
  s: TrainerStrings;
  titles: Readonly<Record<OptimizerName, string>>;
}) {
  return (
    <fieldset class="race__optimizers">
      <legend>{s.optimizers}</legend>
      {optimizerNames.map((oname) => {
        const on = selected.includes(oname);
        return (
          <div class="race__opt" key={oname} data-optimizer={oname} style={{ '--swatch': colorOf(oname) }}>
            <Toggle label={titles[oname]} checked={on} onChange={(checked) => toggle(oname, checked)} />
            {on && (
              <>
                <Slider
                  label={`${titles[oname]} α`}
                  value={settings[oname].lr}
                  min={hyperRanges.lr.min}
                  max={hyperRanges.lr.max}
                  log
                  onChange={(lr) => setLr(oname, lr)}
                  hint={s.logScale}
                />
                <details class="race__more">
                  <summary>{s.moreSettings}</summary>
                  <ScheduleSettings
                    title={titles[oname]}
                    weightDecay={settings[oname].weightDecay}
                    schedule={settings[oname].schedule}
                    horizon={trainerHorizon}
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

export interface TrainerControlsProps {
  s: TrainerStrings;
  ids: string;
  trainer: TrainerState;
  playing: boolean;
  onPlay: () => void;
  onEpoch: () => void;
  onReset: () => void;
}

/**
 * The data and network controls and the training buttons. The batch, speed and seed row
 * (TrainerRunSettings) and the optimizer cards (TrainerOptimizerSettings) come after the figure.
 */
export function TrainerControls({ s, ids, trainer, playing, onPlay, onEpoch, onReset }: TrainerControlsProps) {
  const { state, update, hidden, hiddenDraft, setHiddenDraft, hiddenError, applyHidden } = trainer;
  const sizesText = [2, ...hidden, 1].join('–');
  return (
    <div class="race__controls">
      <div class="race__row">
        <Select
          param="ds"
          label={s.dataSet}
          value={state.ds}
          options={trainerDatasets.map((id) => ({ value: id, label: s.datasets[id].title }))}
          onChange={(ds) => update({ ds })}
        />
        <Select
          param="act"
          label={s.activation}
          value={state.act}
          options={activations.map((a) => ({ value: a, label: a }))}
          onChange={(act) => update({ act })}
        />
        <form
          class="trainer__hidden"
          onSubmit={(event) => {
            event.preventDefault();
            applyHidden();
          }}
        >
          <label class="control__label" for={`${ids}-hidden`}>
            {s.hiddenLayers}
          </label>
          <div class="trainer__hidden-row">
            <input
              id={`${ids}-hidden`}
              type="text"
              inputMode="numeric"
              maxLength={40}
              value={hiddenDraft ?? hidden.join(', ')}
              aria-invalid={hiddenError ? 'true' : undefined}
              aria-describedby={`${ids}-hidden-help`}
              onInput={(event) => setHiddenDraft(event.currentTarget.value)}
              onBlur={applyHidden}
            />
            <button type="submit" class="button">
              {s.apply}
            </button>
          </div>
          <span id={`${ids}-hidden-help`} class="race__help">
            {s.hiddenHelp(sizesText)}
          </span>
        </form>
      </div>
      <div class="widget__buttons">
        <Button onClick={onPlay} pressed={playing}>
          {playing ? s.pause : s.train}
        </Button>
        <Button onClick={onEpoch}>{s.oneEpoch}</Button>
        <Button onClick={onReset}>{s.reset}</Button>
      </div>
    </div>
  );
}

/** Batch size, seed and speed: how the training runs, set less often than the data and network. */
export function TrainerRunSettings({ s, trainer }: { s: TrainerStrings; trainer: TrainerState }) {
  const { state, update } = trainer;
  return (
    <div class="race__row">
      <Slider
        param="batch"
        label={s.batchSize}
        value={state.batch}
        min={1}
        max={210}
        step={1}
        format={(v) => (v >= 210 ? s.fullBatch : String(v))}
        onChange={(batch) => update({ batch: Math.round(batch) })}
      />
      <Slider
        param="seed"
        label={s.seed}
        value={state.seed}
        min={0}
        max={99}
        step={1}
        format={(v) => String(v)}
        onChange={(seed) => update({ seed: Math.round(seed) })}
      />
      {/* Last: its option text takes two cells of the grid, so the two sliders share a row. */}
      <Select
        param="speed"
        label={s.speed}
        value={state.speed}
        options={(['slow', 'normal', 'fast'] as const).map((value) => ({ value, label: s.speeds[value] }))}
        onChange={(speed) => update({ speed })}
      />
    </div>
  );
}
