import type { Identity } from '../../src/platform/auth/identity';
import {
  DuplicateKeyError,
  StaleVersionError,
  type Survey,
  type SurveyDraft,
  type SurveyStatus,
} from '@kvalita/core';
import type {
  AnswerReader,
  DeliveryCounter,
  DepartmentDirectory,
  StoredAnswer,
  SurveyStore,
} from '../../src/surveys/survey-ports';

export const qualityManager: Identity = {
  email: 'jana.novakova@lipova.example',
  displayName: 'Ing. Jana Nováková',
  roles: ['qualityManager', 'employee'],
};
export const director: Identity = {
  email: 'petr.svoboda@lipova.example',
  displayName: 'Mgr. Petr Svoboda',
  roles: ['director', 'employee'],
};
export const employee: Identity = {
  email: 'jiri.kucera@lipova.example',
  displayName: 'Jiří Kučera',
  roles: ['employee'],
};

/** SurveysRepository's behaviour in memory: etags change on every write, a stale one is refused. */
export class MemorySurveys implements SurveyStore {
  readonly rows = new Map<string, Survey>();
  private version = 0;

  constructor(private readonly clock: () => Date = () => new Date('2026-11-22T10:00:00Z')) {}

  async list(): Promise<Survey[]> {
    return [...this.rows.values()];
  }
  async get(key: string): Promise<Survey | null> {
    return this.rows.get(key) ?? null;
  }
  async create(input: { key: string; draft: SurveyDraft; ownerEmail: string | null }): Promise<Survey> {
    if (this.rows.has(input.key)) throw new DuplicateKeyError(input.key);
    return this.put({
      ...input.draft,
      key: input.key,
      status: 'draft',
      currentWave: 0,
      ownerEmail: input.ownerEmail,
      createdAt: this.clock().toISOString(),
      etag: '',
    });
  }
  async updateDraft(key: string, draft: SurveyDraft, etag: string): Promise<Survey> {
    return this.put({ ...this.current(key, etag), ...draft });
  }
  async setState(key: string, state: { status: SurveyStatus; currentWave: number }, etag: string) {
    return this.put({ ...this.current(key, etag), ...state });
  }
  async delete(key: string, etag: string): Promise<void> {
    this.current(key, etag);
    this.rows.delete(key);
  }
  private current(key: string, etag: string): Survey {
    const row = this.rows.get(key);
    if (!row) throw new Error(`no survey ${key}`);
    if (row.etag !== etag) throw new StaleVersionError();
    return row;
  }
  private put(survey: Survey): Survey {
    this.version += 1;
    const stored = { ...survey, etag: `"${this.version}"` };
    this.rows.set(stored.key, stored);
    return stored;
  }
}

/** Departments as [code, name] or [code, name, parent code]. */
export const departmentsOf = (
  entries: readonly (readonly [string, string] | readonly [string, string, string])[],
): DepartmentDirectory => ({
  list: async () =>
    entries.map(([code, name, parentCode]) => ({ code, name, parentCode: parentCode ?? null })),
});

/** Answer rows by wave and question, and invitation rows by wave (sent, and failed). */
export class MemoryAnswers implements AnswerReader, DeliveryCounter {
  readonly rows = new Map<string, StoredAnswer[]>();
  readonly sent = new Map<number, number>();
  readonly failed = new Map<number, number>();
  /** Questions read, as `${wave}#${questionKey}`, to see what a result looked at. */
  readonly reads: string[] = [];

  add(wave: number, questionKey: string, rows: readonly StoredAnswer[]): void {
    const id = `${wave}#${questionKey}`;
    this.rows.set(id, [...(this.rows.get(id) ?? []), ...rows]);
  }
  async waveAnswers(_surveyKey: string, wave: number, questionKey: string): Promise<StoredAnswer[]> {
    this.reads.push(`${wave}#${questionKey}`);
    return this.rows.get(`${wave}#${questionKey}`) ?? [];
  }
  async countByState(
    _surveyKey: string,
    wave: number,
    kind?: 'invitation' | 'reminder',
  ): Promise<Record<string, number>> {
    if (kind !== 'invitation') throw new Error('results count invitations only');
    const failed = this.failed.get(wave) ?? 0;
    return { pending: 0, sending: 0, sent: this.sent.get(wave) ?? 0, failed, skipped: 0 };
  }
}

/** A deterministic [0, 1) sequence (a small LCG). */
export function seededRandom(seed = 42): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** A weekly survey with one question of every type, opening Monday 16 Nov 2026 08:00 Prague. */
export function sampleDraft(overrides: Partial<SurveyDraft> = {}): SurveyDraft {
  return {
    title: { cs: 'Jak se máme', en: 'How are we doing' },
    introduction: { cs: 'Krátký anonymní průzkum.', en: 'A short anonymous survey.' },
    template: null,
    questions: [
      {
        key: 'q1',
        type: 'scale5',
        text: { cs: 'Jak se vám daří?', en: 'How are you?' },
        options: { cs: [], en: [] },
      },
      {
        key: 'q2',
        type: 'scale11',
        text: { cs: 'Doporučili byste nás?', en: 'Would you recommend us?' },
        options: { cs: [], en: [] },
      },
      {
        key: 'q3',
        type: 'singleChoice',
        text: { cs: 'Kde pracujete nejčastěji?', en: 'Where do you work most?' },
        options: { cs: ['Kancelář', 'Doma'], en: ['Office', 'Home'] },
      },
      {
        key: 'q4',
        type: 'multiChoice',
        text: { cs: 'Co vám pomáhá?', en: 'What helps you?' },
        options: { cs: ['Kolegové', 'Vedoucí', 'Nástroje'], en: ['Colleagues', 'Manager', 'Tools'] },
      },
      {
        key: 'q5',
        type: 'text',
        text: { cs: 'Co zlepšit?', en: 'What to improve?' },
        options: { cs: [], en: [] },
      },
    ],
    audience: { kind: 'office' },
    schedule: {
      recurrence: 'weekly',
      opensAt: '2026-11-16T07:00:00.000Z',
      waveDays: 5,
      endsAt: null,
      reminderAfterDays: 2,
    },
    evidenceFor: ['7.1'],
    ...overrides,
  };
}
