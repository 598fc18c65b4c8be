import type { ChecklistDraft, CampaignDraft } from '@kvalita/core';
import { callApi, type ApiReply } from '../../support/api-call';

/** One call to /api/mystery as a demo person (`who` is the local part: jana.novakova). */
export const mysteryCall =
  (serviceUrl: string) => (method: string, path: string, who: string, body?: unknown) =>
    callApi(serviceUrl, 'mystery', { method, path, who, ...(body === undefined ? {} : { body }) });

export type MysteryCall = ReturnType<typeof mysteryCall>;

/** A reply's body as the type the test expects (the contract check already read it). */
export const bodyOf = <T>(reply: ApiReply): T => reply.body as unknown as T;

export const phoneChecklist: ChecklistDraft = {
  name: 'Telefonát – zkouška',
  channel: 'phone',
  description: 'Zkušební seznam pro telefonát.',
  items: [
    {
      key: 'fc-answer',
      section: 'firstContact',
      text: 'Hovor přijat do pěti zazvonění',
      hint: '',
      weight: 2,
      critical: false,
    },
    {
      key: 'co-polite',
      section: 'communication',
      text: 'Pracovník se představil útvarem',
      hint: '',
      weight: 1,
      critical: false,
    },
    {
      key: 'cp-correct',
      section: 'competence',
      text: 'Informace byla správná a úplná',
      hint: '',
      weight: 3,
      critical: true,
    },
  ],
};

/** A running-ready campaign on the demo office: OD's phone line, evaluated by Alena Němcová (OE). */
export function campaignDraft(checklistId: number, overrides: Partial<CampaignDraft> = {}): CampaignDraft {
  return {
    name: 'Telefony OD – zkouška',
    description: '',
    startDate: '2026-01-05',
    endDate: '2099-12-31',
    departmentCodes: ['OD'],
    servicePoints: [
      { key: 'od-phone', departmentCode: 'OD', channel: 'phone', name: 'Linka registru vozidel' },
    ],
    quotas: [{ departmentCode: 'OD', channel: 'phone', count: 4 }],
    scenarios: [
      {
        key: 'registrace',
        title: 'Přihlášení ojetého vozu',
        kind: 'question',
        channels: ['phone'],
        situation: 'Kupuji ojetý vůz a ptám se, co přinést k přepisu.',
        expectedAnswer:
          'Technický průkaz, doklad o pojištění, plná moc, je-li třeba; lhůta 10 pracovních dnů.',
        deadlineHours: null,
      },
    ],
    checklistIds: { phone: checklistId },
    evaluatorEmails: ['alena.nemcova@lipova.example'],
    lockoutDays: 28,
    staffNotice: { informedOn: '2026-01-02', documentId: null, note: 'Oznámeno na poradě vedoucích.' },
    ...overrides,
  };
}
