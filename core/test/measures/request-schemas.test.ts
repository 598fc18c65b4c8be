import { describe, expect, it } from '@jest/globals';
import type { MeasureDraft } from '../../src';
import {
  checkEffectivenessBodySchema,
  createMeasureBodySchema,
  editMeasureBodySchema,
  measureFilterQuerySchema,
  reportProgressBodySchema,
  transitionMeasureBodySchema,
} from '../../src/schemas';

const TODAY = '2026-11-22';
const draft = (changes: Record<string, unknown> = {}): Record<string, unknown> => ({
  title: 'Objednávkový systém na přepážkách',
  kind: 'corrective',
  source: { origin: 'selfAssessment', cycleId: 1, subcriterionCode: '3.3', sourceKey: null, sourceUrl: null },
  departmentCode: 'OD',
  ownerEmail: null,
  coOwnerEmails: [],
  priority: 'high',
  deadline: '2027-03-31',
  problem: 'Klienti čekají déle než 40 minut.',
  rootCause: { whys: ['Není objednávání'], categories: ['procedures'] },
  steps: [
    {
      key: null,
      title: 'Vybrat systém',
      ownerEmail: 'Tomas.Cerny@lipova.example ',
      dueDate: null,
      done: false,
    },
  ],
  expectedResult: 'Čekání pod 15 minut',
  effectivenessCriterion: 'Méně než 2 stížnosti měsíčně',
  checkDate: '2027-06-30',
  budgetCzk: 120000,
  councilResolution: 'usnesení RM č. 123/2026',
  evidenceLinks: ['https://lipova.sharepoint.com/sites/kvalita/Doc.docx'],
  ...changes,
});
const create = createMeasureBodySchema(TODAY);
const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.success ? [] : [...new Set((result.error?.issues ?? []).map((issue) => issue.path.join('.')))];

describe('a measure as the forms send it', () => {
  it('takes a full draft, e-mails in lower case', () => {
    const parsed = create.parse(draft());
    expect(parsed.steps[0]?.ownerEmail).toBe('tomas.cerny@lipova.example');
    expect(parsed.title).toBe('Objednávkový systém na přepážkách');
  });

  it('refuses dates that do not exist, a deadline in the past on create and a check before the deadline', () => {
    expect(issues(create.safeParse(draft({ deadline: '2027-02-30' })))).toContain('deadline');
    expect(issues(create.safeParse(draft({ deadline: '31.3.2027' })))).toContain('deadline');
    expect(issues(create.safeParse(draft({ deadline: '2026-11-21', checkDate: null })))).toEqual([
      'deadline',
    ]);
    expect(create.safeParse(draft({ deadline: TODAY, checkDate: null })).success).toBe(true);
    expect(issues(create.safeParse(draft({ checkDate: '2027-03-30' })))).toEqual(['checkDate']);
    // An edit may keep a deadline that has passed.
    expect(
      editMeasureBodySchema.safeParse({
        etag: '"3"',
        draft: draft({ deadline: '2025-01-31', checkDate: null }),
      }).success,
    ).toBe(true);
  });

  it('refuses links other than https, malformed e-mails and subcriteria CAF does not have', () => {
    for (const link of [
      'http://x.example/a',
      'javascript:alert(1)',
      'https://',
      'ftp://x.example',
      'https://exa mple.com',
    ])
      expect(issues(create.safeParse(draft({ evidenceLinks: [link] })))).toEqual(['evidenceLinks.0']);
    expect(issues(create.safeParse(draft({ ownerEmail: 'not-an-email' })))).toEqual(['ownerEmail']);
    expect(issues(create.safeParse(draft({ coOwnerEmails: ["x' or 1 eq 1@a.b"] })))).toEqual([
      'coOwnerEmails.0',
    ]);
    for (const code of ['10.1', '3.9', '3', "3.3' or ", ''])
      expect(
        issues(
          create.safeParse(draft({ source: { ...(draft().source as object), subcriterionCode: code } })),
        ),
      ).toEqual(['source.subcriterionCode']);
  });

  it('keeps limits and shapes strict', () => {
    expect(issues(create.safeParse(draft({ title: 'x'.repeat(256) })))).toEqual(['title']);
    expect(create.safeParse(draft({ title: 'x'.repeat(255) })).success).toBe(true);
    expect(issues(create.safeParse(draft({ title: '   ' })))).toEqual(['title']);
    expect(issues(create.safeParse(draft({ problem: 'x'.repeat(4001) })))).toEqual(['problem']);
    expect(issues(create.safeParse(draft({ extra: 1 })))).toEqual(['']);
    expect(issues(create.safeParse(draft({ budgetCzk: -1 })))).toEqual(['budgetCzk']);
    expect(issues(create.safeParse(draft({ budgetCzk: 1.5 })))).toEqual(['budgetCzk']);
    expect(issues(create.safeParse(draft({ priority: 'urgent' })))).toEqual(['priority']);
    expect(
      issues(
        create.safeParse(draft({ coOwnerEmails: Array.from({ length: 11 }, (_, i) => `p${i}@a.example`) })),
      ),
    ).toEqual(['coOwnerEmails']);
    expect(
      issues(
        create.safeParse(draft({ rootCause: { whys: ['1', '2', '3', '4', '5', '6'], categories: [] } })),
      ),
    ).toEqual(['rootCause.whys']);
    expect(
      issues(create.safeParse(draft({ ownerEmail: 'a@b.example', coOwnerEmails: ['a@b.example'] }))),
    ).toEqual(['coOwnerEmails']);
    expect(
      issues(create.safeParse(draft({ source: { ...(draft().source as object), cycleId: null } }))),
    ).toEqual(['source.cycleId']);
    expect(
      issues(
        create.safeParse(
          draft({
            source: {
              origin: 'complaint',
              cycleId: 3,
              subcriterionCode: null,
              sourceKey: null,
              sourceUrl: null,
            },
          }),
        ),
      ),
    ).toEqual(['source.cycleId']);
    expect(issues(create.safeParse('{"title": 1}'))).toEqual(['']);
    expect(issues(create.safeParse(draft({ title: 42 })))).toEqual(['title']);
  });

  it('drops control and bidirectional characters, keeps markup, emoji and Czech as typed', () => {
    const parsed = create.parse(
      draft({
        title: '\u202EPříliš\u0000 žluťoučký <b>kůň</b> 😀\u200B\n',
        problem: 'Řádek 1\r\n\r\n\r\n\r\nŘádek 2\u2066\u0007',
      }),
    ) as MeasureDraft;
    expect(parsed.title).toBe('Příliš žluťoučký <b>kůň</b> 😀');
    expect(parsed.problem).toBe('Řádek 1\n\nŘádek 2');
    // Nothing but invisible characters is nothing.
    expect(issues(create.safeParse(draft({ title: '\u202E\u200B\u0001' })))).toEqual(['title']);
  });
});

describe('the steps of a measure', () => {
  it('asks for an etag that is one and a percentage, a PDCA phase, known fields only', () => {
    const ok = { etag: '"4"', progress: 60, phase: 'do', note: 'Hotovo školení' };
    expect(reportProgressBodySchema.parse(ok)).toEqual(ok);
    expect(issues(reportProgressBodySchema.safeParse({ ...ok, etag: '4' }))).toEqual(['etag']);
    expect(issues(reportProgressBodySchema.safeParse({ ...ok, etag: '*' }))).toEqual(['etag']);
    expect(issues(reportProgressBodySchema.safeParse({ ...ok, progress: 101 }))).toEqual(['progress']);
    expect(issues(reportProgressBodySchema.safeParse({ ...ok, progress: '60' }))).toEqual(['progress']);
    expect(issues(reportProgressBodySchema.safeParse({ ...ok, phase: 'study' }))).toEqual(['phase']);
    expect(
      issues(
        reportProgressBodySchema.safeParse({
          ...ok,
          stepsDone: [
            { key: 's1', done: true },
            { key: 's1', done: false },
          ],
        }),
      ),
    ).toEqual(['stepsDone']);
    expect(
      issues(transitionMeasureBodySchema.safeParse({ etag: '"4"', transition: 'close', reason: '' })),
    ).toEqual(['transition']);
    expect(
      issues(
        transitionMeasureBodySchema.safeParse({
          etag: '"4"',
          transition: 'cancel',
          reason: 'x'.repeat(1001),
        }),
      ),
    ).toEqual(['reason']);
  });

  it('wants a finding for every check and a new deadline only for a measure not effective', () => {
    const check = { etag: '"4"', effective: false, note: 'Stížnosti trvají', newDeadline: '2027-05-31' };
    expect(checkEffectivenessBodySchema.safeParse(check).success).toBe(true);
    expect(issues(checkEffectivenessBodySchema.safeParse({ ...check, note: ' ' }))).toEqual(['note']);
    expect(issues(checkEffectivenessBodySchema.safeParse({ ...check, effective: true }))).toEqual([
      'newDeadline',
    ]);
    expect(issues(checkEffectivenessBodySchema.safeParse({ ...check, newDeadline: '2027-04-31' }))).toEqual([
      'newDeadline',
    ]);
  });
});

describe('the register’s query string', () => {
  it('reads every filter', () => {
    expect(
      measureFilterQuerySchema.parse({
        status: ['proposed,approved', 'inProgress'],
        phase: 'do',
        departmentCode: 'OSV-SP',
        ownerEmail: 'Lucie.Dvorakova@lipova.example',
        origin: 'complaint',
        criterion: '3',
        subcriterionCode: '3.3',
        cycleId: '12',
        overdue: 'true',
        year: '2026',
        mine: '0',
        sort: 'deadline',
        descending: 'false',
        pageSize: '20',
        page: 'p1k',
      }),
    ).toEqual({
      status: ['proposed', 'approved', 'inProgress'],
      phase: 'do',
      departmentCode: 'OSV-SP',
      ownerEmail: 'lucie.dvorakova@lipova.example',
      origin: 'complaint',
      criterion: 3,
      subcriterionCode: '3.3',
      cycleId: 12,
      overdue: true,
      year: 2026,
      mine: false,
      sort: 'deadline',
      descending: false,
      pageSize: 20,
      page: 'p1k',
    });
    expect(measureFilterQuerySchema.parse({})).toEqual({});
  });

  it('refuses what is no filter: OData in a value, repeated single values, unknown names, odd numbers', () => {
    for (const query of [
      { departmentCode: "OSV' or Title ne '" },
      { departmentCode: 'OSV eq OSV' },
      { ownerEmail: "a@b.c' or 1 eq 1" },
      { status: 'open' },
      { status: 'proposed,proposed' },
      { phase: ['do', 'act'] },
      { criterion: '10' },
      { criterion: '3.5' },
      { criterion: '-1' },
      { year: '99999999999' },
      { pageSize: '0' },
      { pageSize: '201' },
      { overdue: 'yes' },
      { page: '../../etc' },
      { sort: 'Title desc' },
      { $filter: 'Id gt 0' },
      { subcriterionCode: '3.3 or 1' },
    ])
      expect([query, measureFilterQuerySchema.safeParse(query).success]).toEqual([query, false]);
  });
});
