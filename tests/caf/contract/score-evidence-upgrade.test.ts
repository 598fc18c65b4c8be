import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ScoresRepository,
  assessmentCyclesList,
  departmentsList,
  individualScoresList,
  provisionLists,
} from '@kvalita/sharepoint';
import '@pnp/sp/items';
import { contractTarget, type ContractTarget } from '../../support/contract-target';
import { RequestCounter } from '../../support/request-counter';

let target: ContractTarget;

beforeAll(async () => {
  target = await contractTarget();
}, 60_000);
afterAll(() => target.close());

const LISTS = [departmentsList, assessmentCyclesList, individualScoresList];
const SCORES = '/sites/kvalita/Lists/KvalitaIndividualScores';
const links = [
  { title: 'Plán vzdělávání 2026', url: 'https://lipova.sharepoint.com/sites/kvalita/Dokumenty/plan.pdf' },
  { title: 'Zápis z porady vedení', url: 'https://lipova.sharepoint.com/sites/kvalita/Dokumenty/zapis.docx' },
];

// Writes rows as the first release did: needs a site of its own, the emulator.
const onEmulator = process.env['SP_SITE_URL'] ? describe.skip : describe;

onEmulator('score evidence stored by the first release (JSON)', () => {
  it('is rewritten as one link per line by provisioning, once, and reads the same', async () => {
    await provisionLists(target.sp, { locale: 'cs', lists: LISTS });
    const cycle = await target.sp.web.getList('/sites/kvalita/Lists/KvalitaAssessmentCycles').items.add({
      Title: 'Sebehodnocení 2025',
      CycleCode: '2025-01-06:sebehodnocení 2025',
      ScoringMethod: 'Klasický',
      CycleStatus: 'Individuální hodnocení',
      ScopeKind: 'Celý úřad',
    });
    const jana = await target.sp.web.ensureUser('jana.novakova@lipova.example');
    const scores = target.sp.web.getList(SCORES).items;
    const row = (code: string, evidence: string | null) => ({
      Title: code,
      CycleId: cycle.Id,
      AssessorId: jana.Id,
      Subcriterion: code,
      ScoreKey: `${cycle.Id}:jana.novakova@lipova.example:${code}`,
      ScoreStatus: 'Rozpracováno',
      Score: 60,
      Evidence: evidence,
    });
    const old = await scores.add(row('1.1', JSON.stringify(links)));
    const current = await scores.add(row('1.2', `Směrnice https://lipova.sharepoint.com/s12.pdf`));
    await scores.add(row('1.3', null));

    const results = await provisionLists(target.sp, { locale: 'cs', lists: LISTS });
    expect(results.find((result) => result.key === 'individualScores')).toMatchObject({ rowsMigrated: 1 });
    const stored = async (id: number) =>
      ((await scores.getById(id).select('Evidence')()) as { Evidence: string | null }).Evidence;
    expect(await stored(old.Id)).toBe(
      'Plán vzdělávání 2026 https://lipova.sharepoint.com/sites/kvalita/Dokumenty/plan.pdf\n' +
        'Zápis z porady vedení https://lipova.sharepoint.com/sites/kvalita/Dokumenty/zapis.docx',
    );
    expect(await stored(current.Id)).toBe('Směrnice https://lipova.sharepoint.com/s12.pdf');

    const read = await new ScoresRepository(target.site).individual(cycle.Id);
    expect(read.find((score) => score.code === '1.1')?.evidence).toEqual(links);
    expect(read.find((score) => score.code === '1.2')?.evidence).toEqual([
      { title: 'Směrnice', url: 'https://lipova.sharepoint.com/s12.pdf' },
    ]);

    // Nothing left to migrate: the second run writes nothing and costs its two requests.
    const counter = RequestCounter();
    const again = await provisionLists(target.connect({}, counter), { locale: 'cs', lists: LISTS });
    expect(again.every((result) => result.rowsMigrated === undefined)).toBe(true);
    expect(counter.count()).toBe(2);
  });

  it('saves evidence as one link per line', async () => {
    const cycleId = (
      await target.sp.web.getList('/sites/kvalita/Lists/KvalitaAssessmentCycles').items.select('Id').top(1)<
        { Id: number }[]
      >()
    )[0]?.Id as number;
    const repository = new ScoresRepository(target.site);
    const saved = await repository.save(
      cycleId,
      'petr.svoboda@lipova.example',
      '2.1',
      {
        input: { method: 'classical', score: 40 },
        strengths: '',
        areasForImprovement: '',
        improvementIdeas: '',
        evidence: links,
      },
      null,
    );
    expect(saved.evidence).toEqual(links);
    const [item] = await target.sp.web
      .getList(SCORES)
      .items.select('Evidence')
      .filter(`Subcriterion eq '2.1'`)
      .top(1)<{ Evidence: string }[]>();
    expect(item?.Evidence.split('\n')).toHaveLength(2);
  });
});
