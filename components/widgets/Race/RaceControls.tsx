import { Button, Select, Slider } from '../lib/controls.tsx';
import { ControlGroup, useControlName } from '../lib/embed-context.tsx';
import { FormulaField } from '../lib/FormulaField.tsx';
import { punctuation, useStrings } from '../lib/i18n.tsx';
import { SeedSlider } from '../lib/NoiseControls.tsx';
import { surfaceChoices } from './model.ts';
import type { RaceStrings } from './strings.ts';
import type { RaceState } from './use-race-state.ts';

export interface RaceControlsProps {
  s: RaceStrings;
  ids: string;
  race: RaceState;
  /** The step on screen (the state's step, at most the run's length). */
  shown: number;
  playing: boolean;
  onPlay: () => void;
  onStep: () => void;
  onReset: () => void;
  /** A new surface (playback stops). */
  onSurface: (choice: string) => void;
}

/** Surface (or formula), steps, noise and the playback controls (the optimizer settings block is RaceSettings, after the figure). */
export function RaceControls({ s, ids, race, shown, playing, onPlay, onStep, onReset, onSurface }: RaceControlsProps) {
  const { state, update, draft, setDraft, formulaError, applyFormula, formulaText } = race;
  const { comma } = useStrings(punctuation);
  // The formula form is named fn (its URL parameter) in every state, though shown only for "Your function".
  useControlName('fn', s.yourFunctionOption);
  return (
    <div class="race__controls">
      <div class="race__row">
        <Select
          param="s"
          label={s.surface}
          value={state.s}
          options={surfaceChoices.map((id) => ({
            value: id,
            label: id === 'formula' ? s.yourFunctionOption : s.surfaces[id],
          }))}
          onChange={onSurface}
        />
        {state.s === 'formula' && (
          <FormulaField
            ids={ids}
            value={draft ?? formulaText}
            error={formulaError}
            help={s.formulaHelp}
            apply={s.apply}
            onDraft={setDraft}
            onApply={applyFormula}
            name="fn"
            nameLabel={s.yourFunctionOption}
          />
        )}
      </div>
      <div class="race__row">
        <Slider
          param="steps"
          label={s.steps}
          value={state.steps}
          min={10}
          max={1000}
          step={10}
          format={(v) => String(v)}
          onChange={(steps) => update({ steps: Math.round(steps), step: Math.min(state.step, Math.round(steps)) })}
        />
        <Slider
          param="noise"
          label={s.noise}
          value={state.noise}
          min={0}
          max={5}
          step={0.05}
          onChange={(noise) => update({ noise })}
          hint={s.noiseHint}
        />
        <SeedSlider
          label={s.noiseSeed}
          value={state.seed}
          shown={state.noise > 0}
          onChange={(seed) => update({ seed })}
        />
      </div>
      <div class="race__row race__playback">
        <ControlGroup name="play" label={[s.play, s.stepButton, s.reset].join(comma)} class="widget__buttons">
          <Button onClick={onPlay} pressed={playing}>
            {playing ? s.pause : s.play}
          </Button>
          <Button onClick={onStep} disabled={shown >= state.steps}>
            {s.stepButton}
          </Button>
          <Button onClick={onReset}>{s.reset}</Button>
        </ControlGroup>
        <Slider
          param="speed"
          label={s.speed}
          value={state.speed}
          min={1}
          max={300}
          log
          format={(v) => String(Math.round(v))}
          onChange={(speed) => update({ speed })}
        />
        <Slider
          param="step"
          label={s.stepShown}
          value={shown}
          min={0}
          max={state.steps}
          step={1}
          format={(v) => s.of(v, state.steps)}
          onChange={(step) => update({ step: Math.round(step) })}
        />
      </div>
    </div>
  );
}
