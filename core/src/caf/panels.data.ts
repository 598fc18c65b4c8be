import type { CriterionKind, LocalizedText } from './model.types';

/*
 * CAF 2020 scoring panels. Structure and band limits: EIPA, "CAF 2020" (the classical and the
 * fine-tuned panels). The band descriptions below are our paraphrases of that source (English,
 * status 'working' because they are not the official wording), with Czech working translations
 * to be checked against the MV ČR edition. Each band covers an inclusive range of 0–100 points.
 */
export interface Band {
  readonly min: number;
  readonly max: number;
  readonly description: LocalizedText;
}

export type PanelDimension = 'classicalEnabler' | 'classicalResult' | 'evidence' | 'trends' | 'targets';

const text = (en: string, cs: string): LocalizedText => ({
  en: { text: en, status: 'working' },
  cs: { text: cs, status: 'working' },
});

const RANGES = [
  [0, 10],
  [11, 30],
  [31, 50],
  [51, 70],
  [71, 90],
  [91, 100],
] as const;

function panel(descriptions: readonly LocalizedText[]): readonly Band[] {
  return RANGES.map(([min, max], index) => {
    const description = descriptions[index];
    if (!description) throw new Error('A CAF panel has six bands');
    return { min, max, description };
  });
}

export const PANELS: Readonly<Record<PanelDimension, readonly Band[]>> = {
  classicalEnabler: panel([
    text('Nothing in place; at most ideas', 'Nic se neděje, nanejvýš nápady'),
    text('PLAN: the approach is planned', 'PLAN: přístup je naplánován'),
    text('DO: the approach is being carried out', 'DO: přístup se realizuje'),
    text(
      'CHECK: reviewed whether the right things are done the right way',
      'CHECK: přezkoumává se, zda se dělají správné věci správným způsobem',
    ),
    text('ACT: adjusted on the basis of the reviews', 'ACT: na základě přezkoumání se provádějí úpravy'),
    text(
      'Full PDCA done regularly, learning from others, continuous improvement',
      'Úplný cyklus PDCA probíhá pravidelně, učení se od jiných, neustálé zlepšování',
    ),
  ]),
  classicalResult: panel([
    text('No results measured or no information', 'Výsledky se neměří nebo nejsou informace'),
    text(
      'Negative trends and/or relevant targets not met',
      'Negativní trendy a/nebo relevantní cíle nesplněny',
    ),
    text(
      'Flat trends and/or some relevant targets met',
      'Stagnující trendy a/nebo některé relevantní cíle splněny',
    ),
    text(
      'Improving trends and/or most relevant targets met',
      'Zlepšující se trendy a/nebo většina relevantních cílů splněna',
    ),
    text(
      'Substantial progress and/or all relevant targets met',
      'Podstatný pokrok a/nebo všechny relevantní cíle splněny',
    ),
    text(
      'Excellent, sustained results; positive comparison with relevant organisations',
      'Vynikající a udržitelné výsledky; příznivé srovnání s relevantními organizacemi',
    ),
  ]),
  evidence: panel([
    text('No evidence', 'Žádné důkazy'),
    text('Weak evidence, in some areas', 'Slabé důkazy, v některých oblastech'),
    text('Good evidence, in relevant areas', 'Dobré důkazy, v relevantních oblastech'),
    text('Strong evidence, in most areas', 'Silné důkazy, ve většině oblastí'),
    text('Very strong evidence, in all areas', 'Velmi silné důkazy, ve všech oblastech'),
    text(
      'Excellent evidence, confirmed by comparison with other organisations, in all areas',
      'Vynikající důkazy potvrzené srovnáním s jinými organizacemi, ve všech oblastech',
    ),
  ]),
  trends: panel([
    text('No trends measured', 'Trendy se neměří'),
    text('Negative trends', 'Negativní trendy'),
    text('Flat trends or modest progress', 'Stagnující trendy nebo mírný pokrok'),
    text('Sustained progress', 'Trvalý pokrok'),
    text('Substantial progress', 'Podstatný pokrok'),
    text(
      'Positive comparison with relevant organisations for all results',
      'Příznivé srovnání s relevantními organizacemi u všech výsledků',
    ),
  ]),
  targets: panel([
    text('No information', 'Žádné informace'),
    text('Targets not met', 'Cíle nesplněny'),
    text('Few targets met', 'Splněno málo cílů'),
    text('Some relevant targets met', 'Splněny některé relevantní cíle'),
    text('Most relevant targets met', 'Splněna většina relevantních cílů'),
    text('All targets met', 'Všechny cíle splněny'),
  ]),
};

/** The panel a classical score of a criterion kind is read against. */
export function classicalPanel(kind: CriterionKind): readonly Band[] {
  return kind === 'enabler' ? PANELS.classicalEnabler : PANELS.classicalResult;
}

/** The band a score falls in; fractional means (fine-tuned) belong to the band they round into. */
export function bandOf(panelBands: readonly Band[], score: number): Band {
  const rounded = Math.round(score);
  const band = panelBands.find((candidate) => rounded >= candidate.min && rounded <= candidate.max);
  if (!band) throw new RangeError(`Score ${score} is outside 0–100`);
  return band;
}
