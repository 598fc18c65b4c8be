import { describe, expect, it } from '@jest/globals';
import { measureReminderCard } from '../../../src/measures/cards/measure-reminder-card';
import { DIGEST_MAX_LINES, overdueDigestCard } from '../../../src/measures/cards/overdue-digest-card';
import { MEASURE_PROGRESS_VERB, MEASURE_REFRESH_VERB } from '../../../src/measures/cards/measure-card-verbs';
import type { AdaptiveCard } from '../../../src/platform/chat/adaptive-card.types';
import { storedMeasure } from './memory-reminders';

const measure = storedMeasure({
  id: 42,
  status: 'inProgress',
  deadline: '2027-03-09',
  title: 'Zkrátit čekání na **podatelně**',
  progress: 40,
  phase: 'do',
});
const LINK = 'https://teams.microsoft.com/l/entity/app/caf?context=%7B%7D';

function inputs(card: AdaptiveCard) {
  return card.body.filter((element) => element.type.startsWith('Input.'));
}

describe('the reminder card', () => {
  it('shows the measure, the reminder and a progress form that carries the measure’s etag', () => {
    const card = measureReminderCard('cs', measure, { reminder: 'dueSoon', mayReport: true, link: LINK });
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', lang: 'cs' });
    // The title as typed, never markdown.
    expect(card.body[0]).toEqual({
      type: 'RichTextBlock',
      inlines: [
        { type: 'TextRun', text: 'Zkrátit čekání na **podatelně**', weight: 'Bolder', size: 'Medium' },
      ],
    });
    expect(card.body[1]).toMatchObject({ text: 'Termín opatření se blíží: 9. 3. 2027.' });
    expect(card.body.find((element) => element.type === 'FactSet')).toEqual({
      type: 'FactSet',
      facts: [
        { title: 'Termín', value: '9. 3. 2027' },
        { title: 'Stav', value: 'Probíhá' },
        { title: 'Fáze PDCA', value: 'Dělej' },
        { title: 'Postup', value: '40 %' },
      ],
    });
    expect(inputs(card)).toMatchObject([
      { type: 'Input.Number', id: 'progress', min: 0, max: 100, value: 40, isRequired: true },
      {
        type: 'Input.ChoiceSet',
        id: 'phase',
        value: 'do',
        choices: [{ value: 'plan' }, { value: 'do' }, { value: 'check' }, { value: 'act' }],
      },
      { type: 'Input.Text', id: 'note', maxLength: 2000, isRequired: false },
    ]);
    expect(card.actions).toEqual([
      {
        type: 'Action.Execute',
        title: 'Nahlásit postup',
        verb: MEASURE_PROGRESS_VERB,
        data: { verb: MEASURE_PROGRESS_VERB, measureId: 42, etag: measure.etag },
      },
      { type: 'Action.OpenUrl', title: 'Otevřít v Kvalitě', url: LINK },
    ]);
    expect(card.refresh).toEqual({
      action: { type: 'Action.Execute', verb: MEASURE_REFRESH_VERB, data: { measureId: 42 } },
    });
  });

  it('speaks English to an English Teams and says when a measure is overdue', () => {
    const card = measureReminderCard('en', measure, { reminder: 'overdue', mayReport: true, link: null });
    expect(card.lang).toBe('en');
    expect(card.body[1]).toMatchObject({
      text: 'This measure is overdue; its deadline was 9 Mar 2027.',
      color: 'Attention',
    });
    expect(card.actions?.map((action) => action.title)).toEqual(['Report progress']);
  });

  it('shows no form to someone who may not report, and none on a closed measure', () => {
    const reader = measureReminderCard('cs', measure, { mayReport: false, link: LINK });
    expect(inputs(reader)).toEqual([]);
    expect(reader.actions?.map((action) => action.type)).toEqual(['Action.OpenUrl']);
    const closed = measureReminderCard(
      'cs',
      { ...measure, status: 'closed' },
      { mayReport: true, link: null },
    );
    expect(inputs(closed)).toEqual([]);
    expect(JSON.stringify(closed.body)).toContain(
      'Postup tohoto opatření teď hlásit nelze, je ve stavu „Uzavřeno“.',
    );
  });

  it('after a report: saved; a stale one says so; invalid input keeps what was typed', () => {
    const saved = measureReminderCard(
      'cs',
      { ...measure, progress: 60 },
      { notice: 'saved', mayReport: true, link: null },
    );
    expect(saved.body[1]).toMatchObject({ text: 'Děkujeme, postup je uložený.', color: 'Good' });
    expect(JSON.stringify(saved.body)).toContain('60 %');
    const stale = measureReminderCard('cs', measure, { notice: 'stale', mayReport: true, link: null });
    expect(stale.body[1]).toMatchObject({ color: 'Attention' });
    expect(JSON.stringify(stale.body[1])).toContain('mezitím někdo změnil');
    const invalid = measureReminderCard('cs', measure, {
      problems: ['progress'],
      values: { progress: '140', phase: 'check', note: 'Rozpis služeb' },
      mayReport: true,
      link: null,
    });
    expect(JSON.stringify(invalid.body)).toContain('postup musí být celé číslo od 0 do 100');
    expect(inputs(invalid)).toMatchObject([{ value: 40 }, { value: 'check' }, { value: 'Rozpis služeb' }]);
  });
});

describe('the quality manager’s digest', () => {
  const lines = Array.from({ length: 18 }, (_, index) => ({
    id: index + 1,
    title: `Opatření ${index + 1}`,
    deadline: `2027-02-${String(28 - index).padStart(2, '0')}`,
    owner: index === 0 ? null : { email: 'jana@lipova.example', displayName: 'Ing. Jana Nováková' },
    progress: 10,
  }));

  it('lists at most 15 overdue measures, most overdue first, counts the rest and links the register filtered by overdue', () => {
    const card = overdueDigestCard('cs', lines, 'https://teams.example/overdue');
    const text = JSON.stringify(card.body);
    expect(text).toContain('Tento týden je po termínu 18 opatření');
    expect(card.body.filter((element) => element.type === 'RichTextBlock')).toHaveLength(DIGEST_MAX_LINES);
    // The oldest deadline (11 Feb) comes first; the three nearest are left for the tab.
    expect(JSON.stringify(card.body[2])).toContain('Opatření 18');
    expect(text).not.toContain('"Opatření 1 ·');
    expect(text).toContain('a dalších 3');
    expect(card.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Zobrazit opatření po termínu', url: 'https://teams.example/overdue' },
    ]);
  });

  it('names a measure without an owner as such', () => {
    const card = overdueDigestCard('en', lines.slice(0, 1), null);
    expect(JSON.stringify(card.body)).toContain('Opatření 1 · deadline 28 Feb 2027 · no owner · 10 %');
    expect(card.actions).toEqual([]);
  });
});
