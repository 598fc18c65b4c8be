import { describe, expect, it } from '@jest/globals';
import { SURVEY_REFRESH_VERB, waveOf } from '@kvalita/core';
import { hmacRespondentKeyer } from '../../src/platform/respondent-key';
import { SurveyAnswering } from '../../src/surveys/answering/survey-answering';
import { answerCard, stateCard } from '../../src/platform/chat/kvalita-bot';
import { surveyCard } from '../../src/surveys/cards/survey-card';
import { MemoryResponses, MemorySurveys } from './memory-stores';
import { sampleSurvey } from './survey-fixture';

/**
 * The fan-out is at least once: after a crash (or a send that timed out) one person can hold two
 * cards of the same wave. Both must lead to one answer and end in the same state.
 */
const survey = sampleSurvey();
const wave = waveOf(survey.schedule, 1);
const marie = { personId: '00000000-0000-0000-0000-000000000023', departmentCode: 'OSV-SP' };
const values = {
  answer_q1: '4',
  answer_q2: '9',
  answer_q3: '1',
  answer_q4: '0,2',
  answer_q5: 'Víc klidu',
};
const refresh = {
  action: { type: 'Action.Execute', verb: SURVEY_REFRESH_VERB, data: { surveyKey: survey.key, wave: 1 } },
};

function setUp() {
  const responses = new MemoryResponses();
  const answering = new SurveyAnswering({
    surveys: new MemorySurveys([survey]),
    responses,
    keyer: hmacRespondentKeyer('a-test-secret-that-is-long-enough-1234'),
    departments: async () => [
      { code: 'OSV', parentCode: null },
      { code: 'OSV-SP', parentCode: 'OSV' },
    ],
    now: () => new Date('2027-02-02T10:00:00Z'),
  });
  return { answering, responses };
}

/** What Teams sends back from a card's button: the action's data and the inputs. */
const submitOf = (card: ReturnType<typeof surveyCard>) => {
  const action = card.actions?.[0];
  return { ...(action?.type === 'Action.Execute' ? action.data : {}), ...values };
};

describe('a second card of the same wave (sent twice after a crash) is harmless', () => {
  it('both cards carry the same answer and refresh actions, so they are the same card to the bot', () => {
    const first = surveyCard('cs', survey, wave);
    const second = surveyCard('cs', survey, wave);
    expect(second).toEqual(first);
    expect(first.refresh).toEqual(refresh);
  });

  it('one answer counts, whichever card is answered first or both', async () => {
    const { answering, responses } = setUp();
    const first = await answering.answer(submitOf(surveyCard('cs', survey, wave)), marie);
    const second = await answering.answer(submitOf(surveyCard('cs', survey, wave)), marie);
    expect([first.kind, second.kind]).toEqual(['stored', 'duplicate']);
    expect(responses.rows).toHaveLength(survey.questions.length);
  });

  it('both cards refresh to the same "done" card, the answered one and the one answered again', async () => {
    const { answering } = setUp();
    const cardA = surveyCard('cs', survey, wave);
    const cardB = surveyCard('cs', survey, wave);
    const replyA = answerCard('cs', await answering.answer(submitOf(cardA), marie), submitOf(cardA));
    const replyB = answerCard('cs', await answering.answer(submitOf(cardB), marie), submitOf(cardB));
    // The replies differ (thanks with the comment echoed; "we count one answer"), but each keeps
    // the refresh, so whenever either card is shown again Teams asks for its state…
    expect(replyA.refresh).toEqual(refresh);
    expect(replyB.refresh).toEqual(refresh);
    // …and both get the same card: answered, still refreshing (a closed wave shows closed later).
    const done = stateCard('cs', await answering.state(replyA.refresh?.action.data, marie.personId));
    expect(stateCard('cs', await answering.state(replyB.refresh?.action.data, marie.personId))).toEqual(done);
    expect(stateCard('cs', await answering.state(cardB.refresh?.action.data, marie.personId))).toEqual(done);
    expect(done.refresh).toEqual(refresh);
    expect(done.actions ?? []).toEqual([]);
    expect(JSON.stringify(done)).toContain('Děkujeme');
  });
});
