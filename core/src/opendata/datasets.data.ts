import type { BilingualText } from '../surveys/contract';
import type { ColumnDatatype, OpenColumn, OpenDatasetKey, UpdateFrequency } from './contract';

/*
 * The datasets Kvalita publishes: for each, its stable address part, its catalogue texts (Czech and
 * English), its EU data themes, keywords and default update frequency, and the columns of its CSV.
 * Our own wording. Column names are lower-case Czech words joined with "_", as the Czech open formal
 * norms name CSV columns; no column holds a person's name.
 */

export interface OpenDatasetDefinition {
  readonly key: OpenDatasetKey;
  /** The part of every public address of the dataset (…/opendata/sady/<slug>, …/soubory/<slug>.csv). */
  readonly slug: string;
  readonly title: BilingualText;
  readonly description: BilingualText;
  readonly keywords: { readonly cs: readonly string[]; readonly en: readonly string[] };
  /** EU data theme codes (…/authority/data-theme/<code>). */
  readonly themes: readonly string[];
  readonly defaultFrequency: UpdateFrequency;
  readonly columns: readonly OpenColumn[];
  /**
   * The column that counts the people a row's figures come from; validation refuses a row below
   * the group threshold. Null: the rows are not about people's answers (scores agreed by the CAF
   * team, counts of measures, contacts with the office).
   */
  readonly groupColumn: string | null;
}

const column = (
  name: string,
  datatype: ColumnDatatype,
  required: boolean,
  title: BilingualText,
  description: BilingualText,
): OpenColumn => ({ name, datatype, required, title, description });

/** The department column every dataset broken down by department shares. */
const department = column(
  'útvar',
  'string',
  true,
  { cs: 'Útvar', en: 'Department' },
  {
    cs: 'Odbor nebo oddělení úřadu; „celý úřad“ u souhrnu za úřad. Útvar menší, než je prahová hodnota skupiny, se nejmenuje („ostatní útvary“).',
    en: 'A department of the office; "celý úřad" for the office as a whole. A department smaller than the group threshold is never named ("ostatní útvary").',
  },
);

export const OPEN_DATASET_DEFINITIONS: Readonly<Record<OpenDatasetKey, OpenDatasetDefinition>> = {
  cafResults: {
    key: 'cafResults',
    slug: 'caf-vysledky',
    title: { cs: 'Výsledky sebehodnocení podle modelu CAF', en: 'CAF self-assessment results' },
    description: {
      cs: 'Konsenzuální skóre sebehodnocení úřadu podle modelu CAF 2020 (0–100) za každý cyklus se schválenou zprávou: za 9 kritérií a 28 subkritérií.',
      en: "The office's consensus self-assessment scores on the CAF 2020 model (0–100) for every cycle whose report was approved: the 9 criteria and 28 subcriteria.",
    },
    keywords: {
      cs: ['CAF', 'sebehodnocení', 'kvalita veřejné správy', 'řízení kvality'],
      en: ['CAF', 'self-assessment', 'public administration quality', 'quality management'],
    },
    themes: ['GOVE'],
    defaultFrequency: 'annual',
    groupColumn: null,
    columns: [
      column(
        'cyklus',
        'string',
        true,
        { cs: 'Cyklus', en: 'Cycle' },
        {
          cs: 'Název cyklu sebehodnocení.',
          en: 'The name of the self-assessment cycle.',
        },
      ),
      column(
        'začátek_cyklu',
        'date',
        true,
        { cs: 'Začátek cyklu', en: 'Cycle start' },
        {
          cs: 'Den zahájení cyklu.',
          en: 'The day the cycle started.',
        },
      ),
      column(
        'konec_cyklu',
        'date',
        true,
        { cs: 'Konec cyklu', en: 'Cycle end' },
        {
          cs: 'Den ukončení cyklu.',
          en: 'The day the cycle ended.',
        },
      ),
      column(
        'úroveň',
        'string',
        true,
        { cs: 'Úroveň', en: 'Level' },
        {
          cs: '„kritérium“ nebo „subkritérium“.',
          en: '"kritérium" (criterion) or "subkritérium" (subcriterion).',
        },
      ),
      column(
        'kód',
        'string',
        true,
        { cs: 'Kód', en: 'Code' },
        {
          cs: 'Číslo kritéria (1–9) nebo kód subkritéria (např. 3.2).',
          en: 'The criterion number (1–9) or the subcriterion code (e.g. 3.2).',
        },
      ),
      column(
        'název',
        'string',
        true,
        { cs: 'Název', en: 'Title' },
        {
          cs: 'Název kritéria nebo subkritéria v modelu CAF 2020.',
          en: 'The title of the criterion or subcriterion in the CAF 2020 model.',
        },
      ),
      column(
        'skóre',
        'decimal',
        false,
        { cs: 'Skóre', en: 'Score' },
        {
          cs: 'Konsenzuální skóre 0–100 (u kritéria průměr jeho subkritérií); prázdné, nebylo-li hodnoceno.',
          en: 'The consensus score 0–100 (a criterion: the mean of its subcriteria); empty when not scored.',
        },
      ),
    ],
  },
  measuresSummary: {
    key: 'measuresSummary',
    slug: 'opatreni-souhrn',
    title: { cs: 'Souhrn registru opatření ke zlepšení', en: 'Summary of the improvement measures register' },
    description: {
      cs: 'Počty preventivních a nápravných opatření úřadu podle roku termínu, druhu, původu, stavu a útvaru. Bez jmen osob.',
      en: "Counts of the office's preventive and corrective measures by deadline year, kind, origin, status and department. No names of people.",
    },
    keywords: {
      cs: ['opatření', 'nápravná opatření', 'zlepšování', 'řízení kvality'],
      en: ['measures', 'corrective actions', 'improvement', 'quality management'],
    },
    themes: ['GOVE'],
    defaultFrequency: 'monthly',
    groupColumn: null,
    columns: [
      column(
        'rok_termínu',
        'integer',
        true,
        { cs: 'Rok termínu', en: 'Deadline year' },
        {
          cs: 'Rok, do kterého má být opatření splněno.',
          en: 'The year by which the measure is due.',
        },
      ),
      column(
        'druh',
        'string',
        true,
        { cs: 'Druh', en: 'Kind' },
        {
          cs: 'Druh opatření (nápravné, preventivní, zlepšení).',
          en: 'The kind of measure (corrective, preventive, improvement).',
        },
      ),
      column(
        'původ',
        'string',
        true,
        { cs: 'Původ', en: 'Origin' },
        {
          cs: 'Z čeho opatření vzešlo (CAF, průzkum, stížnost, audit, mystery shopping…).',
          en: 'What the measure came from (CAF, a survey, a complaint, an audit, mystery shopping…).',
        },
      ),
      column(
        'stav',
        'string',
        true,
        { cs: 'Stav', en: 'Status' },
        {
          cs: 'Stav opatření v registru.',
          en: "The measure's status in the register.",
        },
      ),
      department,
      column(
        'počet',
        'integer',
        true,
        { cs: 'Počet', en: 'Count' },
        {
          cs: 'Počet opatření.',
          en: 'How many measures.',
        },
      ),
    ],
  },
  surveyAggregates: {
    key: 'surveyAggregates',
    slug: 'pruzkumy-souhrn',
    title: {
      cs: 'Souhrnné výsledky pulzních průzkumů zaměstnanců',
      en: 'Aggregate results of staff pulse surveys',
    },
    description: {
      cs: 'Průměry a eNPS otázek uzavřených vln pulzních průzkumů, za úřad a za útvary, které mají alespoň prahový počet respondentů. Totéž, co ukazují stránky výsledků; nic pod prahovou hodnotou.',
      en: 'Means and eNPS of the questions of closed pulse-survey waves, for the office and for departments with at least the threshold of respondents. What the results pages show; nothing below the threshold.',
    },
    keywords: {
      cs: ['průzkum spokojenosti', 'zaměstnanci', 'pulzní průzkum', 'eNPS'],
      en: ['satisfaction survey', 'staff', 'pulse survey', 'eNPS'],
    },
    themes: ['GOVE', 'SOCI'],
    defaultFrequency: 'monthly',
    groupColumn: 'počet_respondentů',
    columns: [
      column(
        'průzkum',
        'string',
        true,
        { cs: 'Průzkum', en: 'Survey' },
        {
          cs: 'Název průzkumu.',
          en: 'The title of the survey.',
        },
      ),
      column(
        'vlna',
        'integer',
        true,
        { cs: 'Vlna', en: 'Wave' },
        {
          cs: 'Pořadové číslo vlny průzkumu.',
          en: "The wave's number.",
        },
      ),
      column(
        'začátek_vlny',
        'date',
        true,
        { cs: 'Začátek vlny', en: 'Wave start' },
        {
          cs: 'Den, kdy vlna začala sbírat odpovědi.',
          en: 'The day the wave opened.',
        },
      ),
      department,
      column(
        'otázka',
        'string',
        true,
        { cs: 'Otázka', en: 'Question' },
        {
          cs: 'Znění otázky.',
          en: 'The question as asked.',
        },
      ),
      column(
        'počet_respondentů',
        'integer',
        true,
        { cs: 'Počet respondentů', en: 'Respondents' },
        {
          cs: 'Kolik lidí ve skupině odpovědělo (vždy alespoň prahová hodnota).',
          en: 'How many people of the group answered (never fewer than the threshold).',
        },
      ),
      column(
        'průměr',
        'decimal',
        false,
        { cs: 'Průměr', en: 'Mean' },
        {
          cs: 'Průměrná odpověď na škále otázky; prázdné u otázek bez škály.',
          en: "The mean answer on the question's scale; empty for questions without one.",
        },
      ),
      column(
        'enps',
        'integer',
        false,
        { cs: 'eNPS', en: 'eNPS' },
        {
          cs: 'Employee Net Promoter Score (−100 až 100) u otázek 0–10.',
          en: 'Employee Net Promoter Score (−100 to 100) of 0–10 questions.',
        },
      ),
    ],
  },
  mysteryResults: {
    key: 'mysteryResults',
    slug: 'mystery-shopping-vysledky',
    title: {
      cs: 'Výsledky mystery shoppingu podle útvaru a kanálu',
      en: 'Mystery-shopping results by department and channel',
    },
    description: {
      cs: 'Průměrné skóre kontaktů skrytého zákazníka s úřadem (návštěvy, telefonáty, e-maily, datové schránky, webové formuláře) za uzavřené kampaně, podle útvaru a kanálu.',
      en: "The mean score of mystery shoppers' contacts with the office (visits, calls, e-mails, data-box messages, web forms) in closed campaigns, by department and channel.",
    },
    keywords: {
      cs: ['mystery shopping', 'skrytý zákazník', 'kvalita služeb', 'klientský přístup'],
      en: ['mystery shopping', 'mystery shopper', 'service quality', 'client orientation'],
    },
    themes: ['GOVE'],
    defaultFrequency: 'quarterly',
    groupColumn: null,
    columns: [
      column(
        'kampaň',
        'string',
        true,
        { cs: 'Kampaň', en: 'Campaign' },
        {
          cs: 'Název kampaně.',
          en: 'The name of the campaign.',
        },
      ),
      column(
        'začátek_kampaně',
        'date',
        true,
        { cs: 'Začátek kampaně', en: 'Campaign start' },
        {
          cs: 'První den kampaně.',
          en: 'The first day of the campaign.',
        },
      ),
      column(
        'konec_kampaně',
        'date',
        true,
        { cs: 'Konec kampaně', en: 'Campaign end' },
        {
          cs: 'Poslední den kampaně.',
          en: 'The last day of the campaign.',
        },
      ),
      department,
      column(
        'kanál',
        'string',
        true,
        { cs: 'Kanál', en: 'Channel' },
        {
          cs: 'Způsob kontaktu; „všechny kanály“ u souhrnu.',
          en: 'How the office was contacted; "všechny kanály" (all channels) for the total.',
        },
      ),
      column(
        'počet_hodnocení',
        'integer',
        true,
        { cs: 'Počet hodnocení', en: 'Evaluations' },
        {
          cs: 'Počet uvolněných hodnocení.',
          en: 'How many released evaluations.',
        },
      ),
      column(
        'průměrné_skóre',
        'decimal',
        false,
        { cs: 'Průměrné skóre', en: 'Mean score' },
        {
          cs: 'Průměrné skóre hodnocení v procentech (neúspěšné hodnocení se počítá nulou).',
          en: 'The mean score of the evaluations in per cent (a failed evaluation counts 0).',
        },
      ),
      column(
        'neúspěšná_hodnocení',
        'integer',
        true,
        { cs: 'Neúspěšná hodnocení', en: 'Failed evaluations' },
        {
          cs: 'Hodnocení neúspěšná pro nesplnění kritické položky.',
          en: 'Evaluations failed on a critical item.',
        },
      ),
    ],
  },
  feedbackOffice: {
    key: 'feedbackOffice',
    slug: 'zpetna-vazba-360-urad',
    title: { cs: 'Zpětná vazba 360° za celý úřad', en: '360° feedback for the whole office' },
    description: {
      cs: 'Průměrné hodnocení kompetencí od ostatních (bez sebehodnocení) za celý úřad v uvolněných cyklech zpětné vazby 360°; jen kompetence, u nichž je dost hodnocených.',
      en: 'The mean rating of competencies by others (self left out) for the whole office in released 360° feedback cycles; only competencies with enough people rated.',
    },
    keywords: {
      cs: ['zpětná vazba 360', 'kompetence', 'rozvoj zaměstnanců'],
      en: ['360 feedback', 'competencies', 'staff development'],
    },
    themes: ['GOVE'],
    defaultFrequency: 'annual',
    groupColumn: 'počet_hodnocených',
    columns: [
      column(
        'cyklus',
        'string',
        true,
        { cs: 'Cyklus', en: 'Cycle' },
        {
          cs: 'Název cyklu zpětné vazby.',
          en: 'The name of the feedback cycle.',
        },
      ),
      column(
        'uvolněno',
        'date',
        true,
        { cs: 'Uvolněno', en: 'Released' },
        {
          cs: 'Den, kdy byly zprávy cyklu uvolněny.',
          en: "The day the cycle's reports were released.",
        },
      ),
      column(
        'kompetence',
        'string',
        true,
        { cs: 'Kompetence', en: 'Competency' },
        {
          cs: 'Název kompetence v modelu.',
          en: "The competency's name in the model.",
        },
      ),
      column(
        'počet_hodnocených',
        'integer',
        true,
        { cs: 'Počet hodnocených', en: 'People rated' },
        {
          cs: 'Kolik hodnocených osob má v kompetenci zobrazený průměr od ostatních (vždy alespoň prahová hodnota).',
          en: 'How many people rated have a shown mean by others in the competency (never fewer than the threshold).',
        },
      ),
      column(
        'průměr',
        'decimal',
        true,
        { cs: 'Průměr', en: 'Mean' },
        {
          cs: 'Průměr hodnocení od ostatních na škále modelu.',
          en: "The mean rating by others on the model's scale.",
        },
      ),
    ],
  },
};

/** The office as a whole, in the department column. */
export const WHOLE_OFFICE = 'celý úřad';
/** Every channel, in the mystery results' channel column. */
export const ALL_CHANNELS = 'všechny kanály';

export const datasetBySlug = (slug: string): OpenDatasetDefinition | undefined =>
  Object.values(OPEN_DATASET_DEFINITIONS).find((definition) => definition.slug === slug);
