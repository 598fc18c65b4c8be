import { FEEDBACK_LIMITS, type DevelopmentGoal, type GoalLink, type GoalRequest } from '@kvalita/core';
import type { FieldError, FieldErrors } from '../parts/field-error';

/** A development goal's fields as typed. */
export interface GoalFormValues {
  readonly competencyKey: string;
  readonly text: string;
  /** YYYY-MM-DD or "" for none. */
  readonly dueDate: string;
  readonly linkKind: GoalLink['kind'];
  readonly trainingTitle: string;
  readonly trainingUrl: string;
  readonly measureId: string;
}

const L = FEEDBACK_LIMITS;

export function goalFormOf(goal: DevelopmentGoal | null, competencyKey: string): GoalFormValues {
  const link = goal?.link ?? { kind: 'none' };
  return {
    competencyKey: goal?.competencyKey ?? competencyKey,
    text: goal?.text ?? '',
    dueDate: goal?.dueDate ?? '',
    linkKind: link.kind,
    trainingTitle: link.kind === 'training' ? link.title : '',
    trainingUrl: link.kind === 'training' ? (link.url ?? '') : '',
    measureId: link.kind === 'measure' ? String(link.measureId) : '',
  };
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** What a person can get wrong in a goal, each at its field; the service checks it again. */
export function validateGoal(values: GoalFormValues): FieldErrors {
  const errors: Record<string, FieldError> = {};
  const required: FieldError = { key: 'tab.feedback.form.required' };
  if (values.competencyKey === '') errors.competencyKey = required;
  const text = values.text.trim();
  if (text === '') errors.text = required;
  else if (text.length > L.goal) errors.text = { key: 'tab.feedback.form.tooLong', values: { max: L.goal } };
  if (values.dueDate !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(values.dueDate))
    errors.dueDate = { key: 'tab.feedback.cycleForm.date' };
  if (values.linkKind === 'training') {
    const title = values.trainingTitle.trim();
    if (title === '') errors.trainingTitle = required;
    else if (title.length > L.trainingTitle)
      errors.trainingTitle = { key: 'tab.feedback.form.tooLong', values: { max: L.trainingTitle } };
    const url = values.trainingUrl.trim();
    if (url !== '' && (url.length > L.url || !isHttpUrl(url)))
      errors.trainingUrl = { key: 'tab.feedback.goals.url' };
  }
  if (values.linkKind === 'measure' && !/^[1-9]\d{0,8}$/.test(values.measureId.trim()))
    errors.measureId = { key: 'tab.feedback.goals.measureNumber' };
  return errors;
}

/** What the form sends (after validateGoal found nothing). */
export function goalRequestOf(values: GoalFormValues, etag: string | null): GoalRequest {
  const link: GoalLink =
    values.linkKind === 'training'
      ? {
          kind: 'training',
          title: values.trainingTitle.trim(),
          url: values.trainingUrl.trim() === '' ? null : values.trainingUrl.trim(),
        }
      : values.linkKind === 'measure'
        ? { kind: 'measure', measureId: Number(values.measureId.trim()) }
        : { kind: 'none' };
  return {
    competencyKey: values.competencyKey,
    text: values.text.trim(),
    dueDate: values.dueDate === '' ? null : values.dueDate,
    link,
    ...(etag === null ? {} : { etag }),
  };
}
