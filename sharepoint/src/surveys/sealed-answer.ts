import type { SealedBox } from '../platform/sealed-box';
import type { AnswerRow, AnswerRowRead, StoredAnswer } from './survey-responses';

/**
 * An answer row as SharePoint keeps it: the score, chosen options, text and department sealed
 * together (platform/sealed-box.ts) in one column, so a site administrator reading the raw list
 * sees a wave's rows and when they came, never what anyone answered, which department answered, or
 * which comment sits beside which score (docs/privacy.md).
 *
 * Every row of one question has the same sealed length: a scale or choice row is padded to
 * VALUE_BYTES, a text row to TEXT_BYTES, which the longest answer the contract allows fits (500
 * characters of at most 3 UTF-8 bytes each, JSON escapes included), so an empty comment and a long
 * one look alike. The seal is bound to the row's wave-and-question key.
 */
export const VALUE_BYTES = 384;
export const TEXT_BYTES = 1536;

interface SealedFields {
  readonly s?: number;
  readonly c?: string;
  readonly t?: string;
  readonly d?: string;
}

/**
 * A text row: no score and no option (every scale and choice question must be answered). It
 * carries no department, whatever the caller passed: a comment is never traced to a group.
 */
const isTextRow = (row: Pick<AnswerRow, 'score' | 'choice'>) => row.score === null && row.choice === null;

export function sealAnswer(box: SealedBox, context: string, row: AnswerRow): string {
  const text = isTextRow(row);
  const fields: SealedFields = {
    ...(row.score !== null ? { s: row.score } : {}),
    ...(row.choice !== null ? { c: row.choice } : {}),
    ...(row.text !== null && row.text !== '' ? { t: row.text } : {}),
    ...(!text && row.departmentCode !== null ? { d: row.departmentCode } : {}),
  };
  return box.seal(JSON.stringify(fields), text ? TEXT_BYTES : VALUE_BYTES, context);
}

/**
 * The answer of a stored row. A row written before answers were sealed keeps its plain columns and
 * is read from them (such rows stay as they were; see docs/privacy.md).
 */
export function openAnswer(box: SealedBox, context: string, item: AnswerRowRead): StoredAnswer {
  if (item.SealedAnswer === null || item.SealedAnswer === undefined || item.SealedAnswer === '') {
    return {
      score: typeof item.Score === 'number' ? item.Score : null,
      choice: item.ChoiceAnswer ?? null,
      text: item.TextAnswer ?? null,
      departmentCode: item.DepartmentCode ?? null,
    };
  }
  const fields = JSON.parse(box.open(item.SealedAnswer, context)) as SealedFields;
  return {
    score: typeof fields.s === 'number' ? fields.s : null,
    choice: typeof fields.c === 'string' ? fields.c : null,
    text: typeof fields.t === 'string' ? fields.t : null,
    departmentCode: typeof fields.d === 'string' ? fields.d : null,
  };
}
