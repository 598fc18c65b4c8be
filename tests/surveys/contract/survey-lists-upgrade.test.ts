import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  DepartmentsRepository,
  SurveyDeliveriesRepository,
  SurveyResponsesRepository,
  SurveysRepository,
  departmentsList,
  provisionLists,
  surveyDeliveriesList,
  surveyQuestionsList,
  surveyResponsesList,
  surveysList,
} from '@kvalita/sharepoint';
import '@pnp/sp/items';
import { contractTarget, type ContractTarget } from '../../support/contract-target';
import { SURVEY_LISTS_V1 } from './survey-lists-v1';
import { TEST_ANSWER_BOX } from '../../support/answer-box';

let target: ContractTarget;

beforeAll(async () => {
  target = await contractTarget();
}, 60_000);
afterAll(() => target.close());

// Needs a site that does not have the survey lists yet: the emulator, not a shared online site.
const onEmulator = process.env['SP_SITE_URL'] ? describe.skip : describe;

onEmulator('survey lists on a site provisioned by the first release', () => {
  it('gain the new columns and choices, keep their rows, and work with the repositories', async () => {
    await provisionLists(target.sp, { locale: 'cs', lists: SURVEY_LISTS_V1 });
    const oldPulse = await target.sp.web.getList('/sites/kvalita/Lists/KvalitaSurveyResponses').items.add({
      Title: 'pulse-2026-W47',
      SurveyKey: 'pulse-2026-W47',
      QuestionKey: 'q',
      RespondentKey: 'k'.repeat(64),
      Score: 4,
    });

    const results = await provisionLists(target.sp, {
      locale: 'cs',
      lists: [departmentsList, surveysList, surveyQuestionsList, surveyResponsesList, surveyDeliveriesList],
    });
    const added = Object.fromEntries(results.map((result) => [result.key, result.fieldsAdded]));
    expect(added['surveys']).toEqual(
      expect.arrayContaining([
        'TitleEn',
        'SurveyTemplate',
        'ReminderAfterDays',
        'EvidenceFor',
        'IntroductionEn',
      ]),
    );
    expect(added['surveyQuestions']).toEqual(
      expect.arrayContaining(['SurveyKey', 'TextEn', 'OptionsCs', 'OptionsEn']),
    );
    expect(added['surveyResponses']).toEqual(
      expect.arrayContaining(['QuestionWaveKey', 'Wave', 'ChoiceAnswer', 'TextAnswer']),
    );
    expect(added['surveyDeliveries']).toEqual(
      expect.arrayContaining(['DeliveryKind', 'SentOn', 'LastError']),
    );
    // A second run finds nothing more to do.
    for (const result of await provisionLists(target.sp, {
      locale: 'cs',
      lists: [surveysList, surveyDeliveriesList],
    }))
      expect(result).toMatchObject({ created: false, fieldsAdded: [], fieldsUpdated: [] });

    await new DepartmentsRepository(target.site).upsert({
      code: 'OSV',
      name: 'Odbor sociálních věcí',
      parentCode: null,
    });
    const surveys = new SurveysRepository(target.site);
    const survey = await surveys.create({
      key: 'srv-upgrade1',
      ownerEmail: null,
      draft: {
        title: { cs: 'Po aktualizaci', en: 'After the upgrade' },
        introduction: { cs: '', en: '' },
        template: 'enps',
        questions: [
          {
            key: 'q1',
            type: 'scale11',
            text: { cs: 'Doporučili byste nás?', en: '' },
            options: { cs: [], en: [] },
          },
        ],
        audience: { kind: 'departments', departmentCodes: ['OSV'] },
        schedule: {
          recurrence: 'monthly',
          opensAt: '2027-01-04T07:00:00.000Z',
          waveDays: 7,
          endsAt: null,
          reminderAfterDays: 3,
        },
        evidenceFor: ['7.1'],
      },
    });
    expect(await surveys.get('srv-upgrade1')).toEqual(survey);

    const responses = new SurveyResponsesRepository(target.site, TEST_ANSWER_BOX);
    const row = {
      questionKey: 'q1',
      respondentKey: 'u'.repeat(64),
      score: 9,
      choice: null,
      text: null,
      departmentCode: 'OSV',
    };
    expect(await responses.recordWave('srv-upgrade1', 1, [row])).toBe('stored');
    expect(await responses.waveAnswers('srv-upgrade1', 1, 'q1')).toEqual([
      { score: 9, choice: null, text: null, departmentCode: 'OSV' },
    ]);
    expect(await responses.hasAnswered('k'.repeat(64))).toBe(true);
    expect(oldPulse).toMatchObject({ Score: 4 });

    const deliveries = new SurveyDeliveriesRepository(target.site);
    const jana = await target.sp.web.ensureUser('jana.novakova@lipova.example');
    await deliveries.planWave('srv-upgrade1', 1, [jana.Id]);
    const due = [];
    for await (const page of deliveries.due('srv-upgrade1', 1)) due.push(...page);
    expect(
      await deliveries.claim(due[0] as (typeof due)[number], new Date('2027-01-04T07:00:00Z')),
    ).toMatchObject({
      state: 'sending',
    });
  });
});
