import {
  MEASURE_LIMITS,
  PDCA_PHASES,
  formatDate,
  translate,
  type Locale,
  type Measure,
  type MessageKey,
} from '@kvalita/core';
import {
  adaptiveCard,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from '../../platform/chat/adaptive-card.types';
import { plainBlock } from '../../platform/chat/plain-text';
import { MEASURE_PROGRESS_VERB, MEASURE_REFRESH_VERB, PROGRESS_INPUTS } from './measure-card-verbs';

/** What the card shows of a measure (the detail's fields; the etag goes back with a report). */
export type MeasureCardContent = Pick<
  Measure,
  'id' | 'title' | 'deadline' | 'status' | 'phase' | 'progress' | 'etag'
>;

export type ProgressProblem = 'progress' | 'phase' | 'note';

export interface MeasureCardOptions {
  /** Sent as a reminder: which one (the banner above the facts). */
  readonly reminder?: 'dueSoon' | 'overdue';
  /** What happened to the last report from this card. */
  readonly notice?: 'saved' | 'stale' | 'notAllowed' | 'notOpen';
  /** A report that could not be stored: what to correct. */
  readonly problems?: readonly ProgressProblem[];
  /** What the person had filled in, so a correction does not start from nothing. */
  readonly values?: { readonly progress?: unknown; readonly phase?: unknown; readonly note?: unknown };
  /** May this person report progress (owner, co-owner, quality manager): the form is shown. */
  readonly mayReport: boolean;
  /** "Otevřít v Kvalitě": a deep link to the measure in the tab; none without a Teams app id. */
  readonly link: string | null;
}

/** Only open measures take progress (the lifecycle's approved, inProgress, effectivenessCheck). */
export const REPORTABLE_STATUSES: readonly Measure['status'][] = [
  'approved',
  'inProgress',
  'effectivenessCheck',
];

const NOTICE_KEYS = {
  saved: 'bot.measure.saved',
  stale: 'bot.measure.stale',
  notAllowed: 'bot.measure.notAllowed',
  notOpen: 'bot.measure.notOpen',
} as const satisfies Record<NonNullable<MeasureCardOptions['notice']>, MessageKey>;

const PROBLEM_KEYS = {
  progress: 'bot.measure.problem.progress',
  phase: 'bot.measure.problem.phase',
  note: 'bot.measure.problem.note',
} as const satisfies Record<ProgressProblem, MessageKey>;

/** Every reminder card of a measure refreshes with the measure's id only: two cards show one state. */
export function measureRefresh(measureId: number): NonNullable<AdaptiveCard['refresh']> {
  return { action: { type: 'Action.Execute', verb: MEASURE_REFRESH_VERB, data: { measureId } } };
}

function statusText(locale: Locale, status: Measure['status']): string {
  return translate(locale, `measures.status.${status}`);
}

function noticeBlock(
  locale: Locale,
  measure: MeasureCardContent,
  notice: MeasureCardOptions['notice'],
): CardElement[] {
  if (!notice) return [];
  return [
    {
      type: 'TextBlock',
      text: translate(locale, NOTICE_KEYS[notice], { status: statusText(locale, measure.status) }),
      wrap: true,
      weight: 'Bolder',
      color: notice === 'saved' ? 'Good' : 'Attention',
    },
  ];
}

function problemBlocks(locale: Locale, problems: readonly ProgressProblem[]): CardElement[] {
  if (problems.length === 0) return [];
  return [
    {
      type: 'TextBlock',
      text: translate(locale, 'bot.measure.invalid'),
      wrap: true,
      weight: 'Bolder',
      color: 'Attention',
    },
    {
      type: 'TextBlock',
      text: problems
        .map((problem) => `• ${translate(locale, PROBLEM_KEYS[problem], { max: MEASURE_LIMITS.note })}`)
        .join('\n'),
      wrap: true,
      color: 'Attention',
      size: 'Small',
    },
  ];
}

function prefilledNumber(value: unknown, fallback: number): number {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(number) && number >= 0 && number <= 100 ? number : fallback;
}

function progressForm(
  locale: Locale,
  measure: MeasureCardContent,
  options: MeasureCardOptions,
): CardElement[] {
  const values = options.values ?? {};
  const phase =
    typeof values.phase === 'string' && (PDCA_PHASES as readonly string[]).includes(values.phase)
      ? values.phase
      : measure.phase;
  const note = typeof values.note === 'string' ? values.note.slice(0, MEASURE_LIMITS.note) : '';
  return [
    {
      type: 'Input.Number',
      id: PROGRESS_INPUTS.progress,
      label: translate(locale, 'bot.measure.input.progress'),
      min: 0,
      max: 100,
      value: prefilledNumber(values.progress, measure.progress),
      isRequired: true,
      errorMessage: translate(locale, 'bot.measure.input.progressError'),
    },
    {
      type: 'Input.ChoiceSet',
      id: PROGRESS_INPUTS.phase,
      label: translate(locale, 'bot.measure.input.phase'),
      style: 'compact',
      isRequired: true,
      errorMessage: translate(locale, 'bot.measure.problem.phase'),
      value: phase,
      choices: PDCA_PHASES.map((code) => ({
        title: translate(locale, `bot.measure.phase.${code}`),
        value: code,
      })),
    },
    {
      type: 'Input.Text',
      id: PROGRESS_INPUTS.note,
      label: translate(locale, 'bot.measure.input.note'),
      isMultiline: true,
      maxLength: MEASURE_LIMITS.note,
      isRequired: false,
      placeholder: translate(locale, 'bot.measure.input.notePlaceholder', { max: MEASURE_LIMITS.note }),
      ...(note !== '' ? { value: note } : {}),
    },
  ];
}

/**
 * A measure in chat (Adaptive Card 1.5, Universal Actions): title, deadline, status, PDCA phase
 * and progress; for whoever may report it, the progress form ("Nahlásit postup": percent, phase,
 * note) as an Action.Execute carrying the measure's etag, so a report against a changed measure
 * is refused instead of overwriting it; "Otevřít v Kvalitě" opens the measure in the tab.
 * `refresh` brings the current state to every device the card is shown on.
 */
export function measureReminderCard(
  locale: Locale,
  measure: MeasureCardContent,
  options: MeasureCardOptions,
): AdaptiveCard {
  const deadline = formatDate(locale, measure.deadline);
  const open = REPORTABLE_STATUSES.includes(measure.status);
  const reporting = options.mayReport && open && options.notice !== 'notAllowed';
  const banner: CardElement[] = options.reminder
    ? [
        {
          type: 'TextBlock',
          text: translate(
            locale,
            options.reminder === 'dueSoon' ? 'bot.measure.dueSoon' : 'bot.measure.overdue',
            {
              date: deadline,
            },
          ),
          wrap: true,
          ...(options.reminder === 'overdue' ? { color: 'Attention' as const } : {}),
        },
      ]
    : [];
  const actions: CardAction[] = [
    ...(reporting
      ? [
          {
            type: 'Action.Execute' as const,
            title: translate(locale, 'bot.measure.report'),
            verb: MEASURE_PROGRESS_VERB,
            data: { verb: MEASURE_PROGRESS_VERB, measureId: measure.id, etag: measure.etag },
          },
        ]
      : []),
    ...(options.link
      ? [{ type: 'Action.OpenUrl' as const, title: translate(locale, 'bot.measure.open'), url: options.link }]
      : []),
  ];
  return adaptiveCard(
    locale,
    [
      // The title is what someone typed: shown literally.
      plainBlock(measure.title, { weight: 'Bolder', size: 'Medium' }),
      ...banner,
      ...noticeBlock(locale, measure, options.notice ?? (open ? undefined : 'notOpen')),
      {
        type: 'FactSet',
        facts: [
          { title: translate(locale, 'bot.measure.deadline'), value: deadline },
          { title: translate(locale, 'bot.measure.status'), value: statusText(locale, measure.status) },
          {
            title: translate(locale, 'bot.measure.phase'),
            value: translate(locale, `bot.measure.phase.${measure.phase}`),
          },
          {
            title: translate(locale, 'bot.measure.progress'),
            value: translate(locale, 'bot.measure.progressValue', { progress: measure.progress }),
          },
        ],
      },
      ...problemBlocks(locale, options.problems ?? []),
      ...(reporting ? progressForm(locale, measure, options) : []),
    ],
    actions,
    measureRefresh(measure.id),
  );
}
