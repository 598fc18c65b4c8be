import { CAF_2020_CRITERIA } from '../caf/criteria.data';
import type { CycleResults } from '../caf/aggregation';
import type { SubcriterionOutcome } from '../caf/contract';
import { translate } from '../i18n/translate';
import type { MeasureSummary } from '../measures/contract';
import type { MysteryChannel, MysteryResults } from '../mystery/contract';
import type { SurveyResults } from '../surveys/contract';
import type { OpenRow } from './contract';
import { ALL_CHANNELS, WHOLE_OFFICE } from './datasets.data';

/*
 * The rows of each dataset, from what the features' results give (never from raw answers): the
 * surveys' and 360's figures come already suppressed by their own results code, so a hidden figure
 * is absent here too. On top, open data names a department only when it has at least the group
 * threshold of people (`named`): its rows are left out, or counted under "ostatní útvary".
 */

/** Departments that open data may name: code → name. */
export type NamedDepartments = ReadonlyMap<string, string>;

/** Where counts of departments open data does not name go (the measures summary). */
export const OTHER_DEPARTMENTS = 'ostatní útvary';
/** A measure of no department. */
export const NO_DEPARTMENT_NAME = 'bez útvaru';

const round2 = (value: number) => Math.round(value * 100) / 100;

export interface CafCycleFigures {
  readonly name: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly results: CycleResults;
  readonly subcriteria: readonly SubcriterionOutcome[];
}

/** One row per criterion, then its subcriteria, for every cycle given (oldest first). */
export function cafResultRows(cycles: readonly CafCycleFigures[]): OpenRow[] {
  return [...cycles]
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
    .flatMap((cycle) => {
      const base = { cyklus: cycle.name, začátek_cyklu: cycle.startDate, konec_cyklu: cycle.endDate };
      const scoreOf = new Map(cycle.subcriteria.map((outcome) => [outcome.code, outcome.score]));
      return CAF_2020_CRITERIA.flatMap((criterion): OpenRow[] => {
        const result = cycle.results.criteria.find((entry) => entry.number === criterion.number);
        return [
          {
            ...base,
            úroveň: 'kritérium',
            kód: String(criterion.number),
            název: criterion.title.cs.text,
            skóre: result?.score == null ? null : round2(result.score),
          },
          ...criterion.subcriteria.map((subcriterion) => {
            const score = scoreOf.get(subcriterion.code) ?? null;
            return {
              ...base,
              úroveň: 'subkritérium',
              kód: subcriterion.code,
              název: subcriterion.title.cs.text,
              skóre: score === null ? null : round2(score),
            };
          }),
        ];
      });
    });
}

/** Counts of measures by deadline year, kind, origin, status and department. */
export function measuresSummaryRows(
  measures: readonly Pick<MeasureSummary, 'deadline' | 'kind' | 'origin' | 'status' | 'departmentCode'>[],
  named: NamedDepartments,
): OpenRow[] {
  const counts = new Map<string, { row: Omit<OpenRow, 'počet'>; count: number }>();
  for (const measure of measures) {
    const department =
      measure.departmentCode === null
        ? NO_DEPARTMENT_NAME
        : (named.get(measure.departmentCode) ?? OTHER_DEPARTMENTS);
    const row = {
      rok_termínu: Number(measure.deadline.slice(0, 4)),
      druh: translate('cs', `measures.kind.${measure.kind}`),
      původ: translate('cs', `tab.measures.origin.${measure.origin}`),
      stav: translate('cs', `measures.status.${measure.status}`),
      útvar: department,
    };
    const key = JSON.stringify(row);
    const entry = counts.get(key);
    counts.set(key, { row, count: (entry?.count ?? 0) + 1 });
  }
  return [...counts.values()]
    .map(({ row, count }) => ({ ...row, počet: count }))
    .sort((a, b) => JSON.stringify(Object.values(a)).localeCompare(JSON.stringify(Object.values(b)), 'cs'));
}

/**
 * The scale questions' figures of every closed wave the results page shows: the office's row, then
 * each department the page shows (never a hidden one, never one open data may not name).
 */
export function surveyAggregateRows(surveys: readonly SurveyResults[], named: NamedDepartments): OpenRow[] {
  return surveys.flatMap((survey) =>
    survey.waves
      .filter((wave) => !wave.hidden && !wave.inProgress)
      .flatMap((wave) => {
        const base = {
          průzkum: survey.title.cs,
          vlna: wave.wave.number,
          začátek_vlny: wave.wave.opensAt.slice(0, 10),
        };
        const scale = wave.questions.filter(
          (question) => question.average !== null || question.enps !== null,
        );
        const office = scale.map((question) => ({
          ...base,
          útvar: WHOLE_OFFICE,
          otázka: question.text.cs,
          počet_respondentů: wave.respondents,
          průměr: question.average === null ? null : round2(question.average),
          enps: question.enps === null ? null : Math.round(question.enps.score),
        }));
        const departments = wave.departments
          .filter(
            (department) =>
              !department.hidden && department.respondents !== null && named.has(department.code),
          )
          .flatMap((department) =>
            scale.flatMap((question) => {
              const figure = department.questions.find((entry) => entry.key === question.key);
              if (!figure || (figure.average === null && figure.enps === null)) return [];
              return [
                {
                  ...base,
                  útvar: named.get(department.code) ?? department.name,
                  otázka: question.text.cs,
                  počet_respondentů: department.respondents,
                  průměr: figure.average === null ? null : round2(figure.average),
                  enps: figure.enps === null ? null : Math.round(figure.enps),
                },
              ];
            }),
          );
        return [...office, ...departments];
      }),
  );
}

export interface MysteryCampaignFigures {
  readonly name: string;
  readonly startDate: string;
  readonly endDate: string;
  /** The whole campaign's results. */
  readonly office: MysteryResults;
  /** Each department's results (its byChannel is the department's channels). */
  readonly departments: readonly { readonly code: string; readonly results: MysteryResults }[];
}

/** The office and each named department, all channels then each channel, for every campaign given. */
export function mysteryResultRows(
  campaigns: readonly MysteryCampaignFigures[],
  named: NamedDepartments,
): OpenRow[] {
  const channelName = (key: string) => translate('cs', `tab.mystery.channel.${key as MysteryChannel}`);
  return [...campaigns]
    .sort((a, b) => a.startDate.localeCompare(b.startDate))
    .flatMap((campaign) => {
      const base = {
        kampaň: campaign.name,
        začátek_kampaně: campaign.startDate,
        konec_kampaně: campaign.endDate,
      };
      const rowsOf = (department: string, results: MysteryResults): OpenRow[] =>
        results.overall.evaluations === 0
          ? []
          : [
              { key: null, figure: results.overall },
              ...results.byChannel
                .filter((row) => row.evaluations > 0)
                .map((row) => ({ key: row.key, figure: row })),
            ].map(({ key, figure }) => ({
              ...base,
              útvar: department,
              kanál: key === null ? ALL_CHANNELS : channelName(key),
              počet_hodnocení: figure.evaluations,
              průměrné_skóre: figure.meanScore === null ? null : round2(figure.meanScore),
              neúspěšná_hodnocení: figure.failed,
            }));
      return [
        ...rowsOf(WHOLE_OFFICE, campaign.office),
        ...campaign.departments
          .filter((entry) => named.has(entry.code))
          .flatMap((entry) => rowsOf(named.get(entry.code) ?? entry.code, entry.results)),
      ];
    });
}

export interface FeedbackCycleFigures {
  readonly name: string;
  readonly releasedAt: string;
  /** The office's figures per competency, as the organisation view computes them (hidden: null). */
  readonly competencies: readonly {
    readonly name: string;
    readonly figure: { readonly mean: number; readonly rated: number } | null;
  }[];
}

/** Each released cycle's shown office means, competency by competency. */
export function feedbackOfficeRows(cycles: readonly FeedbackCycleFigures[]): OpenRow[] {
  return [...cycles]
    .sort((a, b) => a.releasedAt.localeCompare(b.releasedAt))
    .flatMap((cycle) =>
      cycle.competencies.flatMap((competency) =>
        competency.figure === null
          ? []
          : [
              {
                cyklus: cycle.name,
                uvolněno: cycle.releasedAt.slice(0, 10),
                kompetence: competency.name,
                počet_hodnocených: competency.figure.rated,
                průměr: round2(competency.figure.mean),
              },
            ],
      ),
    );
}
