import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEFAULT_DOCUMENT_SETTINGS, type DocumentActor, type DocumentDraft, type Role } from '@kvalita/core';
import {
  DOCUMENT_ACKNOWLEDGE_VERB,
  DOCUMENT_ACK_REFRESH_VERB,
  DocumentChatNotifier,
  DocumentsService,
  directoryOf,
} from '@kvalita/bot';
import {
  AcknowledgementsRepository,
  DepartmentsRepository,
  DocumentNotificationsRepository,
  DocumentsRepository,
  PeopleRepository,
  SiteContext,
  connectSharePoint,
} from '@kvalita/sharepoint';
import type { RunningPlayground } from '../../scripts/local/playground';
import { startTestPlayground, startTestStack, type LocalStack } from '../support/e2e-stack';
import { PlaygroundClient, cardOf, type StreamedMessage } from '../support/playground-client';

const JANA = 'jana.novakova@lipova.example';
const PETR = 'petr.svoboda@lipova.example';
const JIRI = 'jiri.kucera@lipova.example';

const codeOfEthics: DocumentDraft = {
  code: 'EK-PG1',
  title: 'Etický kodex zaměstnanců',
  kind: 'codeOfEthics',
  description: 'Zásady jednání zaměstnanců úřadu.',
  ownerEmail: JANA,
  approverEmail: PETR,
  issuingBody: 'director',
  issuingResolution: null,
  reviewerEmails: [],
  departmentCodes: [],
  reviewIntervalMonths: 12,
  requiresAcknowledgement: true,
  acknowledgementAudience: { scope: 'office', departmentCodes: [], roles: [] },
  relatedSubcriteria: ['1.1'],
};

async function* bytesOf(text: string): AsyncIterable<Uint8Array> {
  yield new Uint8Array(Buffer.from(text));
}

/**
 * Read-and-confirm end to end: a code of ethics is created, uploaded, submitted and approved through
 * DocumentsService on the local SharePoint (a second service instance on the same site, as in
 * production: everything it plans is stored there); the app service's scheduler sends the card
 * to the employee's personal chat in Agents Playground, who confirms it on the card.
 */
describe('read-and-confirm through Microsoft 365 Agents Playground', () => {
  let stack: LocalStack;
  let playground: RunningPlayground;
  let jiri: PlaygroundClient;
  let site: SiteContext;
  let documentId = 0;

  /** Takes every message the bot still sends (the demo office's surveys), until it is quiet. */
  async function drain(): Promise<void> {
    for (;;) {
      try {
        await jiri.nextMessage(2000);
      } catch {
        return;
      }
    }
  }

  beforeAll(async () => {
    stack = await startTestStack();
    playground = await startTestPlayground(stack, JIRI);
    jiri = await PlaygroundClient.connect(playground.url);
    await jiri.install();
    expect((await jiri.nextMessage()).text).toMatch(/Kvalita/);
    await drain();

    site = new SiteContext(connectSharePoint(stack.emulatorSiteUrl));
    const people = new PeopleRepository(site);
    const departments = new DepartmentsRepository(site);
    const store = new DocumentsRepository(site);
    const acknowledgements = new AcknowledgementsRepository(site);
    const service = new DocumentsService({
      store,
      acknowledgements,
      people,
      departments,
      notifier: new DocumentChatNotifier({
        notifications: new DocumentNotificationsRepository(site),
        directory: directoryOf(people, departments),
        acknowledgements,
        documents: store,
        now: () => new Date(),
      }),
      settings: DEFAULT_DOCUMENT_SETTINGS,
      now: () => new Date(),
    });
    const actor = async (email: string, roles: Role[]): Promise<DocumentActor> =>
      service.actorOf({ email, roles });
    const jana = await actor(JANA, ['qualityManager']);
    const petr = await actor(PETR, ['director']);
    const created = await service.create(jana, { draft: codeOfEthics, fileType: 'docx' });
    documentId = created.document.id;
    const text = 'Etický kodex: jednáme nestranně, slušně a v zájmu občanů.';
    const uploaded = await service.uploadDraft(jana, documentId, {
      name: 'eticky-kodex.docx',
      etag: created.document.etag,
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      declaredBytes: Buffer.byteLength(text),
      content: bytesOf(text),
    });
    const submitted = await service.submit(jana, documentId, {
      etag: uploaded.document.etag,
      reasonForChange: '',
    });
    const label = submitted.document.revision?.label ?? '';
    await service.approve(petr, documentId, {
      etag: submitted.document.etag,
      versionLabel: label,
      comment: 'Schvaluji.',
      effectiveFrom: null,
      issuingResolution: null,
    });
  }, 240_000);

  afterAll(async () => {
    jiri?.close();
    await playground?.stop();
    await stack?.stop();
  });

  let card: StreamedMessage;
  const content = () => cardOf(card);
  const acknowledgementsOfJiri = async () =>
    (await new AcknowledgementsRepository(site).forDocuments([documentId])).filter(
      (ack) => ack.email === JIRI,
    );

  it('the employee gets the read-and-confirm card once, with the document, its file and the button', async () => {
    await stack.scheduler.tickNow();
    card = await jiri.nextMessage();
    const text = JSON.stringify(content());
    expect(text).toContain('Seznamte se prosím s dokumentem');
    expect(text).toContain('EK-PG1 Etický kodex zaměstnanců');
    expect(text).toContain('"title":"Verze","value":"1.0"');
    expect(text).toContain('Otevřít soubor');
    const button = (content()['actions'] as { verb?: string; title: string }[])[0];
    expect(button).toMatchObject({
      verb: DOCUMENT_ACKNOWLEDGE_VERB,
      title: 'Potvrzuji, že jsem se seznámil/a',
    });

    await stack.scheduler.tickNow();
    await expect(jiri.nextMessage(1500)).rejects.toThrow('did not answer');
    const rows = await new DocumentNotificationsRepository(site).ofDocument(documentId);
    expect(rows.filter((row) => row.recipientEmail === JIRI).map((row) => [row.kind, row.state])).toEqual([
      ['acknowledgementRequest', 'sent'],
    ]);
  });

  it('confirming stores one acknowledgement and the card, also on refresh, shows “confirmed”', async () => {
    const action = (content()['actions'] as { verb?: string; data: Record<string, unknown> }[])[0];
    const answered = await jiri.execute(card, DOCUMENT_ACKNOWLEDGE_VERB, { ...action?.data });
    expect(JSON.stringify(answered.value)).toContain('Seznámení s verzí 1.0 máte potvrzené');
    expect(JSON.stringify(answered.value)).not.toContain(DOCUMENT_ACKNOWLEDGE_VERB);
    expect(await acknowledgementsOfJiri()).toHaveLength(1);

    const refresh = content()['refresh'] as { action: { data: Record<string, unknown> } };
    const refreshed = await jiri.execute(card, DOCUMENT_ACK_REFRESH_VERB, refresh.action.data, 'automatic');
    expect(JSON.stringify(refreshed.value)).toContain('Seznámení s verzí 1.0 máte potvrzené');
  });

  it('a second confirm stores nothing new and still shows “confirmed”', async () => {
    const [first] = await acknowledgementsOfJiri();
    const action = (content()['actions'] as { verb?: string; data: Record<string, unknown> }[])[0];
    const again = await jiri.execute(card, DOCUMENT_ACKNOWLEDGE_VERB, { ...action?.data });
    expect(JSON.stringify(again.value)).toContain('jste už potvrdil/a');
    expect(await acknowledgementsOfJiri()).toEqual([first]);
  });
});
