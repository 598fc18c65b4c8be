import type { ChecklistDraft, MeasureDraft, MeasureStatus, Person, Role } from '@kvalita/core';
import type { Identity } from '../../src/platform/auth/identity';
import { MysteryService } from '../../src/mystery/mystery-service';
import { memoryMysteryStores } from './memory-mystery-stores';

export const people: Person[] = [
  person('qm@lipova.cz', 'Kateřina Malá', 'KT', ['qualityManager']),
  person('director@lipova.cz', 'Pavel Starý', 'KT', ['director']),
  person('head.od@lipova.cz', 'Ondřej Dvořák', 'OD', ['headOfDepartment']),
  person('head.su@lipova.cz', 'Simona Nováková', 'SU', ['headOfDepartment']),
  person('eva@lipova.cz', 'Eva Černá', 'FIN', ['employee']),
  person('agency@lipova.cz', 'Tomáš Hodnotitel', null, ['mysteryEvaluator']),
  person('clerk@lipova.cz', 'Jana Procházková', 'OD', ['employee']),
];

function person(email: string, displayName: string, departmentCode: string | null, roles: Role[]): Person {
  return { email, displayName, jobTitle: null, departmentCode, managerEmail: null, roles };
}

export const identityOf = (email: string): Identity => {
  const found = people.find((one) => one.email === email)!;
  return { email: found.email, displayName: found.displayName, roles: found.roles };
};

export const visitChecklist: ChecklistDraft = {
  name: 'Osobní návštěva',
  channel: 'visit',
  description: '',
  items: [
    {
      key: 'greet',
      section: 'firstContact',
      text: 'Pozdravil do 30 sekund',
      hint: '',
      weight: 1,
      critical: false,
    },
    {
      key: 'signs',
      section: 'environment',
      text: 'Přepážky jsou označené',
      hint: '',
      weight: 2,
      critical: false,
    },
    {
      key: 'correct',
      section: 'competence',
      text: 'Odpověď byla správná',
      hint: '',
      weight: 3,
      critical: true,
    },
  ],
};

export function mysteryFixture(now = new Date('2026-03-02T08:00:00Z')) {
  const clock = { now };
  const stores = memoryMysteryStores(() => clock.now);
  const measures: { draft: MeasureDraft; by: string; status: MeasureStatus }[] = [];
  const service = new MysteryService({
    stores,
    people: {
      list: async () => people,
      findByEmail: async (email) => people.find((one) => one.email === email.toLowerCase()) ?? null,
    },
    departments: {
      list: async () => [
        { code: 'KT', name: 'Kancelář tajemníka', parentCode: null },
        { code: 'OD', name: 'Odbor dopravy', parentCode: null },
        { code: 'SU', name: 'Stavební úřad', parentCode: null },
        { code: 'FIN', name: 'Finanční odbor', parentCode: null },
      ],
    },
    measures: {
      create: async (identity, draft) => {
        measures.push({ draft, by: identity.email, status: 'proposed' });
        return 900 + measures.length;
      },
      statuses: async (ids) =>
        new Map(
          ids
            .filter((id) => id > 900 && id <= 900 + measures.length)
            .map((id) => [id, measures[id - 901]!.status]),
        ),
    },
    documentExists: async (id) => id === 42,
    now: () => clock.now,
  });
  const actor = (email: string) => service.actorOf(identityOf(email));
  return { service, stores, clock, measures, actor };
}

/** A campaign ready to start: two departments, a counter each, one scenario, two evaluators. */
export async function preparedCampaign(fixture: ReturnType<typeof mysteryFixture>) {
  const qm = await fixture.actor('qm@lipova.cz');
  const { checklist } = await fixture.service.createChecklist(qm, { draft: visitChecklist });
  const { campaign } = await fixture.service.createCampaign(qm, {
    draft: {
      name: 'Jaro 2026',
      description: '',
      startDate: '2026-03-02',
      endDate: '2026-06-30',
      departmentCodes: ['OD', 'SU'],
      servicePoints: [
        { key: 'od-counter', departmentCode: 'OD', channel: 'visit', name: 'Přepážka 3' },
        { key: 'su-counter', departmentCode: 'SU', channel: 'visit', name: 'Podatelna SÚ' },
      ],
      quotas: [
        { departmentCode: 'OD', channel: 'visit', count: 2 },
        { departmentCode: 'SU', channel: 'visit', count: 2 },
      ],
      scenarios: [
        {
          key: 'licence',
          title: 'Výměna řidičského průkazu',
          kind: 'question',
          channels: ['visit'],
          situation: 'Ptám se, co potřebuji.',
          expectedAnswer: 'Občanský průkaz, fotografie na místě.',
          deadlineHours: null,
        },
      ],
      checklistIds: { visit: checklist.id },
      evaluatorEmails: ['eva@lipova.cz', 'agency@lipova.cz'],
      lockoutDays: 28,
      staffNotice: { informedOn: '2026-02-15', documentId: 42, note: 'Oznámeno na poradě vedení.' },
    },
  });
  return { qm, checklist, campaign };
}
