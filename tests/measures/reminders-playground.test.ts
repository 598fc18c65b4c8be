import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MEASURE_PROGRESS_VERB, MEASURE_REFRESH_VERB, type ProgressReporter } from '@kvalita/bot';
import {
  DomainError,
  StaleVersionError,
  type MeasureDetailReply,
  type ReportProgressRequest,
} from '@kvalita/core';
import { MeasureRemindersRepository, SiteContext, connectSharePoint } from '@kvalita/sharepoint';
import type { RunningPlayground } from '../../scripts/local/playground';
import { MemoryMeasures } from '../../bot/test/measures/reminders/memory-reminders';
import { startTestPlayground, startTestStack, type LocalStack } from '../support/e2e-stack';
import { PlaygroundClient, cardOf, type StreamedMessage } from '../support/playground-client';

const TOMAS = 'tomas.cerny@lipova.example';
// 9:00 on a Tuesday in the office: reminders go out from 8:00.
const START = Date.parse('2027-03-02T08:00:00Z');

/**
 * The measures service as the chat uses it, over the register in memory: the owner reports
 * progress, each report is appended to the history, a stale etag is refused.
 */
class RegisterInMemory implements ProgressReporter {
  readonly updates: { id: number; by: string; progress: number; note: string }[] = [];
  private version = 1;
  constructor(readonly store: MemoryMeasures) {}

  async detail(actorEmail: string, id: number): Promise<MeasureDetailReply> {
    const measure = this.store.measures.get(id);
    if (!measure) throw new DomainError('notFound');
    return { measure, updates: [], allowed: actorEmail === measure.ownerEmail ? ['reportProgress'] : [] };
  }

  async reportProgress(actorEmail: string, id: number, request: ReportProgressRequest) {
    const measure = this.store.measures.get(id);
    if (!measure) throw new DomainError('notFound');
    if (actorEmail !== measure.ownerEmail) throw new DomainError('forbidden');
    if (request.etag !== measure.etag) throw new StaleVersionError();
    this.version += 1;
    this.store.set(id, { progress: request.progress, phase: request.phase, etag: `"v${this.version}"` });
    this.updates.push({ id, by: actorEmail, progress: request.progress, note: request.note });
    return this.detail(actorEmail, id);
  }
}

describe('measure reminders through Microsoft 365 Agents Playground', () => {
  let stack: LocalStack;
  let playground: RunningPlayground;
  let tomas: PlaygroundClient;
  const store = new MemoryMeasures([
    {
      id: 31,
      status: 'inProgress',
      deadline: '2027-03-05',
      ownerEmail: TOMAS,
      title: 'Objednávkový systém na registr vozidel',
      progress: 20,
      phase: 'do',
    },
    { id: 32, status: 'closed', deadline: '2027-03-04', ownerEmail: TOMAS, title: 'Hotové opatření' },
  ]);
  const register = new RegisterInMemory(store);
  const started = Date.now();

  beforeAll(async () => {
    stack = await startTestStack({
      now: () => new Date(START + (Date.now() - started)),
      measuresChat: { store, progress: register, reminderDays: 7 },
    });
    playground = await startTestPlayground(stack, TOMAS);
    tomas = await PlaygroundClient.connect(playground.url);
    await tomas.install();
    expect((await tomas.nextMessage()).text).toMatch(/Kvalita/);
    // The demo office's open survey comes with the greeting: not what this test is about.
    await drain();
  }, 180_000);

  /** Takes every message the bot still sends (survey cards), until it has been quiet for a while. */
  async function drain(): Promise<void> {
    for (;;) {
      try {
        await tomas.nextMessage(2000);
      } catch {
        return;
      }
    }
  }

  afterAll(async () => {
    tomas?.close();
    await playground?.stop();
    await stack?.stop();
  });

  let reminder: StreamedMessage;
  const card = () => cardOf(reminder);

  it('the owner gets one card before the deadline, none for the closed measure, and none twice', async () => {
    await stack.scheduler.tickNow();
    reminder = await tomas.nextMessage();
    const text = JSON.stringify(card());
    expect(text).toContain('Objednávkový systém na registr vozidel');
    expect(text).toContain('Termín opatření se blíží: 5. 3. 2027.');
    await stack.scheduler.tickNow();
    await expect(tomas.nextMessage(1500)).rejects.toThrow('did not answer');
    const rows = new MeasureRemindersRepository(new SiteContext(connectSharePoint(stack.emulatorSiteUrl)));
    expect((await rows.ofMeasure(31)).map((row) => [row.kind, row.state])).toEqual([['dueSoon', 'sent']]);
    expect(await rows.ofMeasure(32)).toEqual([]);
  });

  it('“Nahlásit postup” stores an update and the card shows the new state, also on refresh', async () => {
    const action = (card()['actions'] as { verb?: string; data: Record<string, unknown> }[])[0];
    expect(action?.verb).toBe(MEASURE_PROGRESS_VERB);
    const answered = await tomas.execute(reminder, MEASURE_PROGRESS_VERB, {
      ...action?.data,
      progress: '60',
      phase: 'check',
      note: 'Spuštěno v testovacím provozu.',
    });
    expect(register.updates).toEqual([
      { id: 31, by: TOMAS, progress: 60, note: 'Spuštěno v testovacím provozu.' },
    ]);
    expect(JSON.stringify(answered.value)).toContain('Děkujeme, postup je uložený.');
    expect(JSON.stringify(answered.value)).toContain('60 %');

    const refreshed = await tomas.execute(reminder, MEASURE_REFRESH_VERB, { measureId: 31 }, 'automatic');
    expect(JSON.stringify(refreshed.value)).toContain('60 %');
    expect(JSON.stringify(refreshed.value)).toContain('Kontroluj');

    // The first card's etag is stale now: nothing is overwritten, the card says the measure changed.
    const stale = await tomas.execute(reminder, MEASURE_PROGRESS_VERB, {
      ...action?.data,
      progress: '10',
      phase: 'do',
    });
    expect(JSON.stringify(stale.value)).toContain('Opatření mezitím někdo změnil');
    expect(register.updates).toHaveLength(1);
  });
});
