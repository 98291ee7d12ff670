import { describe, expect, it } from 'vitest';
import { asClause, endSentence } from '../../../../components/widgets/lib/sentences.ts';
import { divergenceText, optimizerTitlesOf } from '../../../../components/widgets/lib/i18n.tsx';
import { defaultSettings } from '../../../../components/widgets/lib/optimizer-settings.ts';
import { raceLrs, raceStatus, runRace } from '../../../../components/widgets/Race/model.ts';
import { strings as raceStrings } from '../../../../components/widgets/Race/strings.ts';
import { buildTrainerSetup, trainerLrs, trainerStatus } from '../../../../components/widgets/Trainer/model.ts';
import { strings as trainerStrings } from '../../../../components/widgets/Trainer/strings.ts';
import { cellStatus } from '../../../../components/widgets/RuleCell/model.ts';
import { strings as cellStrings } from '../../../../components/widgets/RuleCell/strings.ts';
import { problems } from '../../../../src/engine/problems/index.ts';

/** Two stops in a row, or a stop before a semicolon or a closing bracket: a sentence ended twice. */
const doubled = /[.。][.。;；)）]/u;
const locales = ['en', 'zh-cn'] as const;

describe('endSentence and asClause', () => {
  it('end a sentence once, whatever stop it already has', () => {
    expect(endSentence('Loss: 0.5', '.')).toBe('Loss: 0.5.');
    expect(endSentence('the learning rate is too large.', '.')).toBe('the learning rate is too large.');
    expect(endSentence('学习率太大了。', '。')).toBe('学习率太大了。');
    // A Chinese sentence in a line whose template is English-punctuated keeps its own stop: no "。.".
    expect(endSentence('学习率太大了。', '.')).toBe('学习率太大了。');
    expect(endSentence('Your function…', '.')).toBe('Your function…');
    expect(endSentence('', '.')).toBe('');
  });

  it('set a sentence inside another without its stop', () => {
    expect(asClause('The loss exceeded 10¹² at step 4: the learning rate is too large.')).toBe(
      'The loss exceeded 10¹² at step 4: the learning rate is too large',
    );
    expect(asClause('第 4 步时损失超过了 10¹²。')).toBe('第 4 步时损失超过了 10¹²');
    expect(asClause('Why?')).toBe('Why?');
  });
});

describe('status lines with a stopped run end each sentence once, in both languages', () => {
  it('Trainer: a diverged optimizer and a rule stopped at a line, first, last and alone', () => {
    const settings = defaultSettings(trainerLrs);
    const rules = [
      { key: 'rule', label: 'Broken', source: 'param lr = 0.1\nc = log(0 * g)\nw = w - lr * c', params: {} },
    ];
    const setup = buildTrainerSetup({
      dataset: 'moons',
      hidden: [8],
      activation: 'relu',
      batchSize: 10,
      seed: 1,
      selected: ['sgd', 'adam'],
      settings: {
        ...settings,
        sgd: { ...settings.sgd, lr: 1e3 },
        adam: { ...settings.adam, lr: 1e3 },
      },
      rules,
    });
    setup.sideBySide.run(60);
    expect(setup.sideBySide.trainers.filter((t) => t.diverged).length).toBeGreaterThanOrEqual(2);
    for (const locale of locales) {
      const status = trainerStatus(
        setup.sideBySide,
        setup.keys,
        21,
        trainerStrings[locale].status,
        divergenceText(locale).train,
        { ...optimizerTitlesOf(locale), rule: 'Broken' },
      );
      expect(status, status).not.toMatch(doubled);
      expect(status, status).toMatch(locale === 'en' ? /[^.]\.$/ : /[^。]。$/);
    }
  });

  it('Race: a run that diverges, its reason last', () => {
    const settings = defaultSettings(raceLrs);
    const surface = problems.rosenbrock;
    const { runs } = runRace({
      surface,
      start: surface.start,
      steps: 50,
      noise: 0,
      seed: 1,
      selected: ['sgd', 'adam'],
      settings: { ...settings, sgd: { ...settings.sgd, lr: 1 } },
    });
    expect(runs[0]!.run.diverged).toBeTruthy();
    for (const locale of locales) {
      const status = raceStatus(
        runs,
        50,
        50,
        'R',
        raceStrings[locale].status,
        divergenceText(locale).run,
        optimizerTitlesOf(locale),
      );
      expect(status, status).not.toMatch(doubled);
      expect(status, status).toMatch(locale === 'en' ? /[^.]\.$/ : /[^。]。$/);
    }
  });

  it('RuleCell: a rule that cannot run, its message with or without a stop', () => {
    for (const locale of locales) {
      for (const error of ['Line 2: unknown name q.', 'Line 2: unknown name q', '第 2 行：未知的名字 q。']) {
        const status = cellStatus({ runs: [], check: null, error }, 0, 10, 'R', cellStrings[locale]);
        expect(status, status).not.toMatch(doubled);
        expect(status, status).toMatch(/[.。]$/);
      }
    }
  });
});
