import {
  safeTextDeep,
  translate,
  type Campaign,
  type Checklist,
  type Evaluation,
  type Locale,
  type MessageKey,
} from '@kvalita/core';
import ExcelJS from 'exceljs';

/** A date-time for a cell (Excel shows it in the workbook's format), null when absent. */
const dateTime = (iso: string | null) => (iso === null ? null : new Date(iso));

/**
 * Every released sheet of a campaign as .xlsx, for the quality manager's own analysis: one sheet of
 * evaluations (department, service point, channel, scenario, week, contact, scores, measured values)
 * and one of answers (item by item, with notes). Never the evaluator; the notes hold no names (the
 * service refused them).
 */
export async function releasedWorkbook(
  locale: Locale,
  typed: {
    readonly campaign: Campaign;
    readonly sheets: readonly Evaluation[];
    readonly checklists: readonly Checklist[];
    readonly departmentNames: ReadonlyMap<string, string>;
  },
): Promise<Buffer> {
  const { campaign, sheets, checklists } = safeTextDeep({
    campaign: typed.campaign,
    sheets: typed.sheets,
    checklists: typed.checklists,
  });
  const t = (key: string) => translate(locale, key as MessageKey);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kvalita';
  const point = (key: string) => campaign.servicePoints.find((one) => one.key === key)?.name ?? key;
  const scenario = (key: string) => campaign.scenarios.find((one) => one.key === key)?.title ?? key;
  const yesNo = (value: boolean | null) =>
    value === null ? null : t(value ? 'mystery.export.yes' : 'mystery.export.no');

  const evaluations = workbook.addWorksheet(t('mystery.export.sheet.evaluations'));
  const columns = [
    'id',
    'department',
    'servicePoint',
    'channel',
    'scenario',
    'week',
    'contactAt',
    'answeredAt',
    'score',
    'rawScore',
    'failedCritical',
    'waitMinutes',
    'rings',
    'replyHours',
    'lateReply',
    'answerCorrect',
  ] as const;
  evaluations.addRow(columns.map((name) => t(`mystery.export.column.${name}`))).font = { bold: true };
  for (const sheet of sheets)
    evaluations.addRow([
      sheet.id,
      typed.departmentNames.get(sheet.departmentCode) ?? sheet.departmentCode,
      point(sheet.servicePointKey),
      t(`mystery.export.channel.${sheet.channel}`),
      scenario(sheet.scenarioKey),
      sheet.week,
      dateTime(sheet.record.contactAt),
      dateTime(sheet.record.answeredAt),
      sheet.score?.score ?? null,
      sheet.score?.rawScore ?? null,
      yesNo((sheet.score?.failedCritical.length ?? 0) > 0),
      sheet.record.waitMinutes,
      sheet.record.rings,
      sheet.score?.replyHours ?? null,
      yesNo(sheet.score?.lateReply ?? null),
      yesNo(sheet.record.answerCorrect),
    ]);
  for (const name of ['contactAt', 'answeredAt'] as const)
    evaluations.getColumn(columns.indexOf(name) + 1).numFmt =
      locale === 'cs' ? 'd.m.yyyy h:mm' : 'dd/mm/yyyy hh:mm';
  evaluations.views = [{ state: 'frozen', ySplit: 1 }];
  evaluations.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  evaluations.columns.forEach((column, index) => {
    column.width = index === 0 ? 8 : index <= 4 ? 28 : 14;
  });

  const answers = workbook.addWorksheet(t('mystery.export.sheet.answers'));
  answers.addRow(
    ['evaluation', 'item', 'section', 'text', 'answer', 'note'].map((name) =>
      t(`mystery.export.column.${name}`),
    ),
  ).font = { bold: true };
  const byId = new Map(checklists.map((checklist) => [checklist.id, checklist]));
  for (const sheet of sheets)
    for (const item of byId.get(sheet.checklistId)?.items ?? []) {
      const answer = sheet.record.items[item.key];
      answers.addRow([
        sheet.id,
        item.key,
        t(`mystery.export.section.${item.section}`),
        item.text,
        answer?.answer ? t(`mystery.export.answer.${answer.answer}`) : null,
        answer?.note || null,
      ]);
    }
  answers.views = [{ state: 'frozen', ySplit: 1 }];
  answers.columns.forEach((column, index) => {
    column.width = index === 3 ? 60 : index === 5 ? 40 : 16;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
