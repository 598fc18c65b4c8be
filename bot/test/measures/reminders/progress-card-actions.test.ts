import { describe, expect, it } from '@jest/globals';
import {
  DomainError,
  StaleVersionError,
  type MeasureDetailReply,
  type ReportProgressRequest,
} from '@kvalita/core';
import { measureCardActions, type ProgressReporter } from '../../../src/measures/cards/progress-card-actions';
import { MEASURE_PROGRESS_VERB, MEASURE_REFRESH_VERB } from '../../../src/measures/cards/measure-card-verbs';
import type { AdaptiveCard } from '../../../src/platform/chat/adaptive-card.types';
import { storedMeasure } from './memory-reminders';
import { EVA, JANA } from './reminder-fixture';

/** The measures service as the chat sees it: Jana owns measure 42, Eva only reads it. */
class FakeMeasures implements ProgressReporter {
  measure = storedMeasure({
    id: 42,
    status: 'inProgress',
    deadline: '2027-03-09',
    progress: 40,
    phase: 'do',
  });
  readonly reports: ReportProgressRequest[] = [];
  private version = 1;

  async detail(actorEmail: string, id: number): Promise<MeasureDetailReply> {
    if (id !== this.measure.id) throw new DomainError('notFound');
    return {
      measure: this.measure,
      updates: [],
      allowed: actorEmail === JANA ? ['reportProgress', 'edit'] : [],
    };
  }

  async reportProgress(actorEmail: string, id: number, request: ReportProgressRequest) {
    if (id !== this.measure.id) throw new DomainError('notFound');
    if (actorEmail !== JANA) throw new DomainError('forbidden');
    if (request.etag !== this.measure.etag) throw new StaleVersionError();
    this.reports.push(request);
    this.version += 1;
    this.measure = {
      ...this.measure,
      progress: request.progress,
      phase: request.phase,
      etag: `"v${this.version}"`,
    };
    return this.detail(actorEmail, id);
  }

  /** Someone else saves in the tab meanwhile. */
  changeElsewhere(progress: number) {
    this.version += 1;
    this.measure = { ...this.measure, progress, etag: `"v${this.version}"` };
  }
}

function office() {
  const measures = new FakeMeasures();
  const actions = measureCardActions({
    measures,
    link: (id) => `https://teams.example/measure/${id}`,
    today: () => '2027-03-02',
  });
  const submit = (data: Record<string, unknown>, who: string | null = JANA, locale: 'cs' | 'en' = 'cs') =>
    actions.invoke(
      MEASURE_PROGRESS_VERB,
      { verb: MEASURE_PROGRESS_VERB, measureId: 42, etag: measures.measure.etag, ...data },
      who,
      locale,
    );
  return { measures, actions, submit };
}

const text = (card: AdaptiveCard) => JSON.stringify(card.body);
const facts = (card: AdaptiveCard) =>
  card.body.flatMap((element) => (element.type === 'FactSet' ? element.facts.map((fact) => fact.value) : []));

describe('“Nahlásit postup” on the reminder card', () => {
  it('stores a valid report and answers with the measure as it now is', async () => {
    const { measures, submit } = office();
    const card = await submit({ progress: '65', phase: 'check', note: '  Rozpis služeb upraven. ' });
    expect(measures.reports).toEqual([
      { etag: '"m42"', progress: 65, phase: 'check', note: 'Rozpis služeb upraven.' },
    ]);
    expect(text(card)).toContain('Děkujeme, postup je uložený.');
    expect(facts(card)).toEqual(['9. 3. 2027', 'Probíhá', 'Kontroluj', '65 %']);
    // The next report from this card carries the new etag.
    expect(card.actions?.[0]).toMatchObject({ data: { etag: measures.measure.etag } });
  });

  it('refuses a percent outside 0–100 (or not a number) without storing, keeping what was typed', async () => {
    const { measures, submit } = office();
    for (const progress of ['140', '-5', 'hodně', '12.5', undefined]) {
      const card = await submit({ progress, phase: 'do', note: 'Poznámka' });
      expect(text(card)).toContain('postup musí být celé číslo od 0 do 100');
      expect(text(card)).toContain('Poznámka');
    }
    const noPhase = await submit({ progress: 50, phase: 'later' });
    expect(text(noPhase)).toContain('vyberte fázi PDCA');
    const longNote = await submit({ progress: 50, phase: 'do', note: 'x'.repeat(2001) });
    expect(text(longNote)).toContain('poznámka může mít nejvýše 2000 znaků');
    expect(measures.reports).toEqual([]);
  });

  it('a stale etag says the measure changed and shows its current values; nothing is overwritten', async () => {
    const { measures, actions } = office();
    const sentEtag = measures.measure.etag;
    measures.changeElsewhere(80);
    const card = await actions.invoke(
      MEASURE_PROGRESS_VERB,
      { measureId: 42, etag: sentEtag, progress: 50, phase: 'do', note: 'Můj text' },
      JANA,
      'cs',
    );
    expect(measures.reports).toEqual([]);
    expect(text(card)).toContain('Opatření mezitím někdo změnil');
    expect(facts(card)).toContain('80 %');
    expect(card.body.find((element) => element.type === 'Input.Number')).toMatchObject({ value: 80 });
    expect(text(card)).toContain('Můj text');
    expect(card.actions?.[0]).toMatchObject({ data: { etag: measures.measure.etag } });
  });

  it('someone who may not report gets a polite card in their language, not an error', async () => {
    const { measures, submit } = office();
    const card = await submit({ progress: 50, phase: 'do' }, EVA, 'en');
    expect(measures.reports).toEqual([]);
    expect(card.lang).toBe('en');
    expect(text(card)).toContain(
      'Only the owner of this measure, its co-owners or the quality manager may report its progress.',
    );
    expect(card.body.some((element) => element.type.startsWith('Input.'))).toBe(false);
    const unknown = await submit({ progress: 50, phase: 'do' }, null);
    expect(text(unknown)).toContain('může hlásit jen jeho odpovědná osoba');
  });

  it('a measure that is gone, or closed meanwhile, gets a card that says so', async () => {
    const { measures, actions, submit } = office();
    const gone = await actions.invoke(
      MEASURE_PROGRESS_VERB,
      { measureId: 7, etag: '"x"', progress: 5, phase: 'do' },
      JANA,
      'cs',
    );
    expect(text(gone)).toContain('Toto opatření v Kvalitě už není');
    measures.measure = { ...measures.measure, status: 'closed' };
    measures.reportProgress = async () => {
      throw new DomainError('conflict', { details: 'closed measures take no progress' });
    };
    const closed = await submit({ progress: 100, phase: 'act' });
    expect(text(closed)).toContain('Postup tohoto opatření teď hlásit nelze, je ve stavu „Uzavřeno“.');
  });

  it('a refresh shows the current state on every device, with the form only for who may report', async () => {
    const { measures, actions } = office();
    measures.changeElsewhere(90);
    const owner = await actions.invoke(MEASURE_REFRESH_VERB, { measureId: 42 }, JANA, 'cs');
    expect(facts(owner)).toContain('90 %');
    expect(owner.body.some((element) => element.type === 'Input.Number')).toBe(true);
    const reader = await actions.invoke(MEASURE_REFRESH_VERB, { measureId: 42 }, EVA, 'cs');
    expect(facts(reader)).toContain('90 %');
    expect(reader.body.some((element) => element.type.startsWith('Input.'))).toBe(false);
    expect(actions.handles(MEASURE_REFRESH_VERB)).toBe(true);
    expect(actions.handles('kvalita.survey.answer')).toBe(false);
  });
});
