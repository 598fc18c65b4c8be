import type { LocalizedText } from './model.types';

/*
 * The 10 steps of a CAF journey in 3 phases, plus the optional Procedure on External Feedback.
 * Source: EIPA, "CAF 2020", chapter on implementing CAF (English: our short paraphrase of the step
 * titles, 'working'); Czech: working translation to be checked against the MV ČR edition.
 */
export type CafPhase = 1 | 2 | 3 | 4;

export interface CafStep {
  readonly number: number;
  readonly phase: CafPhase;
  readonly title: LocalizedText;
  readonly optional: boolean;
}

const step = (number: number, phase: CafPhase, en: string, cs: string, optional = false): CafStep => ({
  number,
  phase,
  optional,
  title: { en: { text: en, status: 'working' }, cs: { text: cs, status: 'working' } },
});

export const CAF_PHASES: Readonly<Record<CafPhase, LocalizedText>> = {
  1: {
    en: { text: 'Start of the CAF journey', status: 'working' },
    cs: { text: 'Zahájení cesty CAF', status: 'working' },
  },
  2: { en: { text: 'Self-assessment', status: 'working' }, cs: { text: 'Sebehodnocení', status: 'working' } },
  3: {
    en: { text: 'Improvement plan', status: 'working' },
    cs: { text: 'Plán zlepšování', status: 'working' },
  },
  4: {
    en: { text: 'External feedback (optional)', status: 'working' },
    cs: { text: 'Externí zpětná vazba (volitelně)', status: 'working' },
  },
};

export const CAF_STEPS: readonly CafStep[] = [
  step(
    1,
    1,
    'Decide how to organise and plan the self-assessment',
    'Rozhodnout o organizaci a plánu sebehodnocení',
  ),
  step(2, 1, 'Communicate the self-assessment project', 'Komunikovat projekt sebehodnocení'),
  step(3, 2, 'Compose one or more self-assessment groups', 'Sestavit jednu nebo více hodnoticích skupin'),
  step(4, 2, 'Organise training', 'Zorganizovat školení'),
  step(
    5,
    2,
    'Undertake the self-assessment: individually, then consensus in the group',
    'Provést sebehodnocení: nejprve jednotlivě, poté konsenzus ve skupině',
  ),
  step(6, 2, 'Draw up a report describing the results', 'Zpracovat zprávu popisující výsledky'),
  step(
    7,
    3,
    'Draft an improvement plan based on the accepted report',
    'Navrhnout plán zlepšování na základě přijaté zprávy',
  ),
  step(8, 3, 'Communicate the improvement plan', 'Komunikovat plán zlepšování'),
  step(9, 3, 'Implement the improvement plan', 'Realizovat plán zlepšování'),
  step(10, 3, 'Plan the next self-assessment', 'Naplánovat příští sebehodnocení'),
  step(
    11,
    4,
    'Procedure on External Feedback (PEF) towards the "Effective CAF User" label',
    'Procedura externí zpětné vazby (PEF) k ocenění „Efektivní uživatel CAF“',
    true,
  ),
];
