import { activations } from '../../../src/engine/nn/index.ts';
import { Button, Select, Slider } from '../lib/controls.tsx';
import { ControlGroup, useControlFlags } from '../lib/embed-context.tsx';
import { punctuation, useStrings } from '../lib/i18n.tsx';
import { SeedSlider } from '../lib/NoiseControls.tsx';
import { trainerDatasets } from './model.ts';
import type { TrainerStrings } from './strings.ts';
import type { TrainerState } from './use-trainer-state.ts';

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
 * (TrainerRunSettings) and the optimizer cards (OptimizerCards, lib) come after the figure.
 */
export function TrainerControls({ s, ids, trainer, playing, onPlay, onEpoch, onReset }: TrainerControlsProps) {
  const { state, update, hidden, hiddenDraft, setHiddenDraft, hiddenError, applyHidden } = trainer;
  const sizesText = [2, ...hidden, 1].join('–');
  const { comma } = useStrings(punctuation);
  // The hidden-layers form is named after its URL parameter, like the lib controls.
  const layers = useControlFlags('hidden', s.hiddenLayers);
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
          data-control="hidden"
          hidden={layers.hidden || undefined}
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
              disabled={layers.locked || undefined}
              onInput={(event) => setHiddenDraft(event.currentTarget.value)}
              onBlur={applyHidden}
            />
            <button type="submit" class="button" disabled={layers.locked || undefined}>
              {s.apply}
            </button>
          </div>
          <span id={`${ids}-hidden-help`} class="race__help">
            {s.hiddenHelp(sizesText)}
          </span>
        </form>
      </div>
      <ControlGroup name="train" label={[s.train, s.oneEpoch, s.reset].join(comma)} class="widget__buttons">
        <Button onClick={onPlay} pressed={playing}>
          {playing ? s.pause : s.train}
        </Button>
        <Button onClick={onEpoch}>{s.oneEpoch}</Button>
        <Button onClick={onReset}>{s.reset}</Button>
      </ControlGroup>
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
      <SeedSlider label={s.seed} value={state.seed} onChange={(seed) => update({ seed })} />
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
