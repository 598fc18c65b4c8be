import { describe, expect, it } from '@jest/globals';
import {
  SURVEY_ANSWER_VERB,
  SURVEY_REFRESH_VERB,
  SURVEY_TEMPLATES,
  surveyFromTemplate,
  waveOf,
} from '@kvalita/core';
import type { CardElement } from '../../src/platform/chat/adaptive-card.types';
import { helpCard } from '../../src/platform/chat/help-card';
import { surveyCard } from '../../src/surveys/cards/survey-card';
import { surveyStatusCard } from '../../src/surveys/cards/survey-status-card';
import { SURVEYS_COMMAND_VERB } from '../../src/platform/chat/verbs';
import { sampleSurvey } from './survey-fixture';

const survey = sampleSurvey();
const wave = waveOf(survey.schedule, 1);
const inputs = (body: readonly CardElement[]) =>
  body.filter((element) => element.type === 'Input.ChoiceSet' || element.type === 'Input.Text');
const texts = (body: readonly CardElement[]) =>
  body.flatMap((element) =>
    element.type === 'TextBlock'
      ? [element.text]
      : element.type === 'RichTextBlock'
        ? element.inlines.map((run) => run.text)
        : [],
  );

describe('survey card', () => {
  const card = surveyCard('cs', survey, wave);

  it('is an Adaptive Card 1.5 answered with one Action.Execute carrying the survey and wave', () => {
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', lang: 'cs' });
    expect(card.actions).toEqual([
      {
        type: 'Action.Execute',
        title: 'Odeslat',
        verb: SURVEY_ANSWER_VERB,
        data: { verb: SURVEY_ANSWER_VERB, surveyKey: 'srv-abcd1234', wave: 1 },
      },
    ]);
  });

  it('asks Teams to refresh it for its current state, without a user list (personal chat)', () => {
    expect(card.refresh).toEqual({
      action: {
        type: 'Action.Execute',
        verb: SURVEY_REFRESH_VERB,
        data: { surveyKey: 'srv-abcd1234', wave: 1 },
      },
    });
  });

  it('has one input per question, ids from the question keys, the right control for each type', () => {
    const fields = inputs(card.body);
    expect(fields.map((field) => field.id)).toEqual([
      'answer_q1',
      'answer_q2',
      'answer_q3',
      'answer_q4',
      'answer_q5',
    ]);
    const [scale5, scale11, single, multi, text] = fields;
    expect(scale5).toMatchObject({
      type: 'Input.ChoiceSet',
      style: 'expanded',
      isRequired: true,
      label: 'Cítil(a) jsem se dobře.',
    });
    expect(scale5?.type === 'Input.ChoiceSet' && scale5.choices.map((choice) => choice.value)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
    expect(scale5?.type === 'Input.ChoiceSet' && scale5.choices[0]?.title).toBe('1 – rozhodně nesouhlasím');
    expect(scale11).toMatchObject({ type: 'Input.ChoiceSet', style: 'compact', isRequired: true });
    expect(scale11?.type === 'Input.ChoiceSet' && scale11.choices.map((choice) => choice.value)).toEqual(
      Array.from({ length: 11 }, (_, index) => String(index)),
    );
    expect(single).toMatchObject({
      style: 'expanded',
      isRequired: true,
      choices: [
        { title: 'Kancelář', value: '0' },
        { title: 'Doma', value: '1' },
      ],
    });
    expect(single).not.toHaveProperty('isMultiSelect');
    expect(multi).toMatchObject({ isMultiSelect: true, isRequired: true });
    expect(text).toMatchObject({
      type: 'Input.Text',
      isMultiline: true,
      maxLength: 500,
      isRequired: false,
      label: 'Vzkaz (nepovinné)',
    });
    for (const field of fields.slice(0, 4)) expect(field.errorMessage).toBe('Vyberte prosím odpověď.');
  });

  it('marks an optional question "(nepovinné)" once, also in every template and when the author wrote it', () => {
    const optionalLabels = (locale: 'cs' | 'en', content: Parameters<typeof surveyCard>[1]) =>
      inputs(surveyCard(locale, content, wave).body)
        .filter((field) => field.type === 'Input.Text')
        .map((field) => field.label ?? '');
    for (const { id } of SURVEY_TEMPLATES) {
      const draft = { key: 'srv-abcd1234', ...surveyFromTemplate(id, new Date('2027-02-01T08:00:00Z')) };
      for (const label of optionalLabels('cs', draft)) expect(label.match(/\(nepovinné\)/g)).toHaveLength(1);
      for (const label of optionalLabels('en', draft)) expect(label.match(/\(optional\)/g)).toHaveLength(1);
    }
    const authored = sampleSurvey({
      questions: [
        {
          key: 'q1',
          type: 'text',
          text: { cs: 'Vzkaz (nepovinné)', en: 'A note (Optional)' },
          options: { cs: [], en: [] },
        },
      ],
    });
    expect(optionalLabels('cs', authored)).toEqual(['Vzkaz (nepovinné)']);
    expect(optionalLabels('en', authored)).toEqual(['A note (Optional)']);
  });

  it('shows when the wave closes (Prague time) and that answers are anonymous', () => {
    const shown = texts(card.body).join('\n');
    expect(shown).toContain('Odpovídat můžete do 6. 2. 2027 8:00.');
    expect(shown).toContain('bez vašeho jména');
  });

  it('falls back to Czech where the English text or option is empty', () => {
    const english = surveyCard('en', survey, wave);
    const fields = inputs(english.body);
    expect(fields[1]?.label).toBe('Doporučil(a) byste úřad?');
    expect(fields[0]?.label).toBe('I felt good.');
    expect(fields[2]?.type === 'Input.ChoiceSet' && fields[2].choices.map((choice) => choice.title)).toEqual([
      'Office',
      'Doma',
    ]);
    expect(texts(english.body)).toContain('Krátký průzkum.');
    expect(english.actions?.[0]?.title).toBe('Send');
  });

  it('says it is a reminder when sent as one', () => {
    expect(texts(surveyCard('cs', survey, wave, { reminder: true }).body).join('\n')).toContain('Připomínka');
    expect(texts(card.body).join('\n')).not.toContain('Připomínka');
  });

  it('names what to correct and keeps what was filled in when shown again', () => {
    const again = surveyCard('cs', survey, wave, {
      problems: [{ questionKey: 'q2', problem: 'missing' }],
      values: { answer_q1: '4', answer_q5: 'Díky' },
    });
    const shown = texts(again.body).join('\n');
    expect(shown).toContain('Odpovědi zatím nejsou uložené');
    expect(shown).toContain('Doporučil(a) byste úřad?: chybí odpověď');
    expect(inputs(again.body)[0]).toMatchObject({ value: '4' });
    expect(inputs(again.body)[4]).toMatchObject({ value: 'Díky' });
  });

  it('shows the author’s texts as plain text runs, never as markdown', () => {
    const tricky = surveyCard(
      'cs',
      { ...survey, title: { cs: '**Tučně** [a](javascript:alert(1))', en: '' } },
      wave,
    );
    expect(tricky.body[0]).toEqual({
      type: 'RichTextBlock',
      inlines: [
        { type: 'TextRun', text: '**Tučně** [a](javascript:alert(1))', weight: 'Bolder', size: 'Medium' },
      ],
    });
  });
});

describe('survey status card', () => {
  it('thanks and echoes a text answer literally, markup and all', () => {
    const card = surveyStatusCard('cs', survey.title, 'answered', {
      echo: ['<script>alert(1)</script> **x** [a](javascript:alert(1))\u202E'],
    });
    expect(texts(card.body)).toContain('Děkujeme, vaše odpovědi jsou uložené.');
    const echo = card.body.at(-1);
    expect(echo).toEqual({
      type: 'RichTextBlock',
      inlines: [
        { type: 'TextRun', text: '<script>alert(1)</script> **x** [a](javascript:alert(1))', italic: true },
      ],
      spacing: 'None',
    });
    expect(JSON.stringify(card)).not.toContain('Input.');
    expect(card.actions).toBeUndefined();
    expect(card.refresh).toBeUndefined();
  });

  it('says closed and already answered in the person’s language', () => {
    expect(texts(surveyStatusCard('en', survey.title, 'closed').body)).toContain(
      'This survey is closed and takes no more answers. Thank you for your interest.',
    );
    expect(texts(surveyStatusCard('cs', null, 'alreadyAnswered').body).join()).toContain('už odpověděli');
  });
});

describe('help card', () => {
  it('lists the survey command and offers a button that brings open surveys', () => {
    const card = helpCard('cs');
    expect(card.body[0]).toMatchObject({ type: 'TextBlock', text: 'Co umím' });
    expect(JSON.stringify(card.body)).toContain('průzkum');
    expect(card.actions).toEqual([
      { type: 'Action.Submit', title: 'Otevřené průzkumy', data: { verb: SURVEYS_COMMAND_VERB } },
    ]);
    expect(helpCard('en').body[0]).toMatchObject({ text: 'What I can do' });
  });
});
