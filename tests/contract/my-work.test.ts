import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MyWorkRepository, MeasuresRepository, provisionLists } from '@kvalita/sharepoint';
import '@pnp/sp/items';
import { contractTarget, type ContractTarget } from '../support/contract-target';
import { RequestCounter } from './request-counter';

let target: ContractTarget;

beforeAll(async () => {
  target = await contractTarget();
  await provisionLists(target.sp, { locale: 'cs' });
}, 60_000);
afterAll(() => target.close());

describe('my work', () => {
  it('collects a person’s open measures, documents to acknowledge and 360° invitations in one round trip', async () => {
    const sp = target.sp;
    const jana = await sp.web.ensureUser('jana.novakova@lipova.example');
    const petr = await sp.web.ensureUser('petr.svoboda@lipova.example');
    const measures = new MeasuresRepository(sp);
    const base = { kind: 'improvement' as const, deadline: null, subcriterionCode: null };
    await measures.addMany([
      { ...base, title: 'Otevřené Janino', status: 'inProgress', ownerUserId: jana.Id },
      { ...base, title: 'Hotové Janino', status: 'done', ownerUserId: jana.Id },
      { ...base, title: 'Petrovo', status: 'planned', ownerUserId: petr.Id },
    ]);
    // Documents and 360° rows are written the way the future repositories will write them.
    const documents = sp.web.getList('/sites/kvalita/Lists/KvalitaDocumentAcknowledgements');
    const library = await sp.web.getList('/sites/kvalita/KvalitaDocuments').select('Id')();
    expect(library.Id).toBeTruthy();
    const cycles = sp.web.getList('/sites/kvalita/Lists/KvalitaFeedbackCycles');
    const cycle = await cycles.items.add({
      Title: '360° 2027',
      CycleCode: 'FB-2027',
      FeedbackStatus: 'Sběr odpovědí',
      ModelCode: 'M1',
      AnonymityThreshold: 3,
    });
    await sp.web.getList('/sites/kvalita/Lists/KvalitaFeedbackNominations').items.add({
      Title: 'Petr ← Jana',
      FeedbackCycleId: cycle.Id,
      SubjectId: petr.Id,
      RaterId: jana.Id,
      Relationship: 'Kolega/kolegyně',
      NominationKey: `${cycle.Id}#${petr.Id}#${jana.Id}`,
      NominationStatus: 'Pozváno',
    });
    expect(await documents.items.select('Id')()).toEqual([]);

    const counter = RequestCounter();
    const repository = new MyWorkRepository(target.connect({}, counter));
    await repository.forUser(petr.Id); // first call also learns the web's URL
    counter.reset();
    const work = await repository.forUser(jana.Id);
    expect(counter.count()).toBe(1);
    expect(work.measures.map((measure) => [measure.title, measure.status])).toEqual([
      ['Otevřené Janino', 'inProgress'],
    ]);
    expect(work.acknowledgements).toEqual([]);
    expect(work.feedbackInvitations).toEqual([
      expect.objectContaining({
        feedbackCycleId: cycle.Id,
        subjectName: 'Mgr. Petr Svoboda',
        relationship: 'peer',
      }),
    ]);
  });
});
