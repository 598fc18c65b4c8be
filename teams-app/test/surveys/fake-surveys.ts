import {
  SURVEY_TEMPLATES,
  mayAuthorSurveys,
  mayReadSurveys,
  surveyFromTemplate,
  type PreviewCardReply,
  type Survey,
  type SurveyDetail,
  type SurveyEvidence,
  type SurveyEvidenceReply,
  type SurveyListReply,
  type SurveyReply,
  type SurveyResults,
  type SurveySummary,
  type SurveyTemplatesReply,
} from '@kvalita/core';
import { surveyDraftSchema } from '@kvalita/core/schemas';
import type { CafHandler, FakeReply } from '../support/fake-service';

/*
 * The /api/surveys endpoints in memory: core's survey roles, drafts checked with core's
 * surveyDraftSchema (the service's rule), etags that change on every write, a stale etag answered
 * 409, and fixed results. Answers are typed with core's contract (core/src/surveys/contract.ts).
 */

const OPENS = new Date('2026-05-11T06:00:00Z');

export const RESULTS: SurveyResults = {
  surveyKey: 'srv-enps0001',
  title: { cs: 'Spokojenost zaměstnanců', en: 'Staff satisfaction' },
  threshold: 5,
  textThreshold: 10,
  waves: [
    {
      wave: { number: 1, opensAt: '2026-04-06T06:00:00Z', closesAt: '2026-04-11T06:00:00Z', remindAt: null },
      // Answered before the bot sent anything: no invitation rows, no rate.
      invited: 0,
      respondents: 4,
      responseRate: null,
      respondentsRounded: false,
      inProgress: false,
      hidden: true,
      questions: [],
      differencing: null,
      departments: [],
    },
    {
      wave: { number: 2, opensAt: '2026-05-04T06:00:00Z', closesAt: '2026-05-09T06:00:00Z', remindAt: null },
      invited: 40,
      respondents: 12,
      responseRate: 0.3,
      respondentsRounded: false,
      inProgress: false,
      hidden: false,
      questions: [
        {
          key: 'q1',
          type: 'scale11',
          text: { cs: 'Doporučil(a) byste náš úřad jako zaměstnavatele?', en: 'Would you recommend us?' },
          distribution: {
            '0': 0,
            '1': 0,
            '2': 0,
            '3': 1,
            '4': 0,
            '5': 1,
            '6': 1,
            '7': 2,
            '8': 2,
            '9': 3,
            '10': 2,
          },
          average: 7.5,
          enps: { score: 25, promoters: 5, passives: 4, detractors: 3 },
          optionCounts: null,
          optionTexts: { cs: [], en: [] },
          texts: null,
          answered: 12,
        },
        {
          key: 'q2',
          type: 'singleChoice',
          text: { cs: 'Kde pracujete nejčastěji?', en: 'Where do you work most?' },
          distribution: null,
          average: null,
          enps: null,
          optionCounts: null,
          optionTexts: { cs: ['V kanceláři', 'Z domova'], en: ['Office', 'Home'] },
          texts: null,
          answered: null,
        },
        {
          key: 'q3',
          type: 'text',
          text: { cs: 'Co bychom měli zlepšit?', en: 'What should we improve?' },
          distribution: null,
          average: null,
          enps: null,
          optionCounts: null,
          optionTexts: { cs: [], en: [] },
          texts: ['Více <b>porad</b>', 'Lepší kávu'],
          answered: 2,
        },
      ],
      // An earlier survey of the finance department could be subtracted from more of them.
      differencing: {
        scope: 'departments',
        surveyKey: 'srv-financ01',
        title: { cs: 'Pulz financí', en: 'Finance pulse' },
      },
      departments: [
        {
          code: 'OD',
          name: 'Odbor dopravy',
          hidden: false,
          respondents: 8,
          questions: [{ key: 'q1', average: 7.9, enps: 25 }],
        },
        { code: 'OF', name: 'Odbor financí', hidden: true, respondents: null, questions: [] },
      ],
    },
    {
      // Still taking answers: counts only, as the service gives it.
      wave: { number: 3, opensAt: '2026-06-01T06:00:00Z', closesAt: '2026-06-06T06:00:00Z', remindAt: null },
      invited: 40,
      // The service rounds a running wave's count down to the threshold's steps (7 answers → 5).
      respondents: 5,
      responseRate: 0.125,
      respondentsRounded: true,
      inProgress: true,
      hidden: true,
      questions: [],
      differencing: null,
      departments: [],
    },
  ],
  trends: [
    {
      key: 'q1',
      type: 'scale11',
      text: { cs: 'Doporučil(a) byste náš úřad jako zaměstnavatele?', en: 'Would you recommend us?' },
      points: [
        { wave: 1, opensAt: '2026-04-06T06:00:00Z', average: null, enps: null },
        { wave: 2, opensAt: '2026-05-04T06:00:00Z', average: 7.5, enps: 25 },
        { wave: 3, opensAt: '2026-06-01T06:00:00Z', average: null, enps: null },
      ],
    },
  ],
};

export const EVIDENCE: readonly SurveyEvidence[] = [
  {
    surveyKey: 'srv-enps0001',
    title: { cs: 'Spokojenost zaměstnanců', en: 'Staff satisfaction' },
    subcriteria: ['3.3', '7.1'],
    waves: 2,
    lastWaveOpensAt: '2026-05-04T06:00:00Z',
  },
];

export function createFakeSurveys() {
  let version = 1;
  let counter = 1;
  const surveys = new Map<string, Survey>();
  const open: Survey = {
    ...surveyFromTemplate('enps', new Date('2026-04-06T06:00:00Z')),
    title: RESULTS.title,
    evidenceFor: ['3.3', '7.1'],
    key: 'srv-enps0001',
    status: 'open',
    currentWave: 2,
    ownerEmail: 'jana.novakova@urad.example',
    createdAt: '2026-04-01T10:00:00Z',
    etag: '"1"',
  };
  surveys.set(open.key, open);

  const summary = (survey: Survey): SurveySummary => ({
    key: survey.key,
    title: survey.title,
    status: survey.status,
    recurrence: survey.schedule.recurrence,
    questionCount: survey.questions.length,
    currentWave: survey.currentWave,
    openWave:
      survey.status === 'open'
        ? { number: 2, opensAt: '2026-05-04T06:00:00Z', closesAt: '2026-05-09T06:00:00Z', remindAt: null }
        : null,
    nextWave: null,
    evidenceFor: survey.evidenceFor,
    etag: survey.etag,
  });
  const ok = (body: unknown, status = 200): FakeReply => ({ status, body });
  const fail = (status: number, code: string, message: string): FakeReply => ({
    status,
    body: { error: { code, message } },
  });
  const bump = (survey: Survey, patch: Partial<Survey>): Survey => {
    const next = { ...survey, ...patch, etag: `"${++version}"` };
    surveys.set(next.key, next);
    return next;
  };

  const handler: CafHandler = ({ method, path, search, body, me }) => {
    if (!path.startsWith('/api/surveys')) return undefined;
    const author = mayAuthorSurveys(me.roles);
    const reader = mayReadSurveys(me.roles);
    if (path === '/api/surveys/evidence')
      return ok({ evidence: search.get('cycleId') ? EVIDENCE : [] } satisfies SurveyEvidenceReply);
    if (!reader) return fail(403, 'forbidden', 'Nemáte oprávnění.');
    const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    if (path === '/api/surveys' && method === 'GET')
      return ok({ surveys: [...surveys.values()].reverse().map(summary) } satisfies SurveyListReply);
    if (path === '/api/surveys/templates')
      return ok({
        templates: SURVEY_TEMPLATES.map((template) => ({
          ...template,
          draft: surveyFromTemplate(template.id, OPENS),
        })),
      } satisfies SurveyTemplatesReply);
    if (!author && method !== 'GET') return fail(403, 'forbidden', 'Nemáte oprávnění.');
    if (path === '/api/surveys/preview') {
      const draft = surveyDraftSchema.safeParse(record.draft);
      if (!draft.success) return fail(400, 'badRequest', 'Požadavek není platný: koncept');
      return ok({
        card: {
          type: 'AdaptiveCard',
          version: '1.5',
          body: [
            { type: 'TextBlock', text: `${String(record.locale)}: ${draft.data.title.cs}`, wrap: true },
            { type: 'Input.Text', id: 'answer_q1', label: draft.data.questions[0]?.text.cs ?? '' },
          ],
          actions: [{ type: 'Action.Execute', title: 'Odeslat', verb: 'kvalita.survey.answer' }],
        },
      } satisfies PreviewCardReply);
    }
    if (path === '/api/surveys' && method === 'POST') {
      const draft = surveyDraftSchema.safeParse(record.draft);
      if (!draft.success)
        return fail(400, 'badRequest', `Požadavek není platný: ${draft.error.issues[0]?.message ?? ''}`);
      const key = `srv-new${String(counter++).padStart(5, '0')}`;
      const survey: Survey = {
        ...draft.data,
        key,
        status: 'draft',
        currentWave: 0,
        ownerEmail: me.email,
        createdAt: '2026-05-01T10:00:00Z',
        etag: `"${++version}"`,
      };
      surveys.set(key, survey);
      return ok({ survey } satisfies SurveyReply, 201);
    }
    const match = /^\/api\/surveys\/([^/]+)(\/[a-z.]+)?$/.exec(path);
    const survey = match?.[1] === undefined ? undefined : surveys.get(match[1]);
    if (survey === undefined) return fail(404, 'notFound', 'Nenalezeno.');
    const action = match?.[2] ?? '';
    const etag = method === 'DELETE' ? search.get('etag') : record.etag;
    if (method !== 'GET' && etag !== survey.etag)
      return fail(409, 'conflict', 'Položku mezitím změnil někdo jiný nebo ji tento krok nedovoluje: etag');
    if (action === '' && method === 'GET') return ok({ survey, waves: [] } satisfies SurveyDetail);
    if (action === '' && method === 'PUT') {
      const draft = surveyDraftSchema.safeParse(record.draft);
      if (!draft.success) return fail(400, 'badRequest', 'Požadavek není platný: koncept');
      return ok({ survey: bump(survey, draft.data) } satisfies SurveyReply);
    }
    if (action === '' && method === 'DELETE') {
      surveys.delete(survey.key);
      return { status: 204, body: undefined };
    }
    if (action === '/publish')
      return ok({ survey: bump(survey, { status: 'scheduled' }) } satisfies SurveyReply);
    if (action === '/close') return ok({ survey: bump(survey, { status: 'closed' }) } satisfies SurveyReply);
    if (action === '/results') return ok(RESULTS satisfies SurveyResults);
    if (action === '/results.xlsx') return ok('xlsx');
    return fail(404, 'notFound', 'Nenalezeno.');
  };
  return { handler, surveys };
}
