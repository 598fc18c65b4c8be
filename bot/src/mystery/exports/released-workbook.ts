import {
  COUNTED_STATUSES,
  safeTextDeep,
  type Campaign,
  type Checklist,
  type Evaluation,
  type Locale,
  type MessageKey,
} from '@kvalita/core';
import ExcelJS from 'exceljs';
import { exportTexts, officeDateTime } from './export-texts';

type Cell = string | number | Date | null;

/** How each language writes a moment in a cell. */
const DATE_TIME_FORMAT: Readonly<Record<Locale, string>> = {
  cs: 'd.m.yyyy h:mm',
  en: 'dd/mm/yyyy hh:mm',
};

/**
 * A campaign's released evaluations as an .xlsx workbook for analysis: a sheet of evaluations
 * (department, service point, channel, scenario, week, times as the office's clock shows them,
 * score, raw score, critical items not met, measured values) and a sheet of every answer (the
 * evaluation's number, the item, its section and text, the answer, the note). Only released and
 * locked sheets are written, whatever is passed; the evaluator, the history and review comments
 * never are. Texts pass `safeText` first (a character XML cannot hold makes a workbook Excel
 * refuses to open).
 */
export async function releasedWorkbook(
  locale: Locale,
  typedCampaign: Campaign,
  typedEvaluations: readonly Evaluation[],
  typedChecklists: readonly Checklist[],
  names: ReadonlyMap<string, string>,
): Promise<Uint8Array> {
  const { campaign, checklists, departmentNames } = safeTextDeep({
    campaign: typedCampaign,
    checklists: typedChecklists,
    departmentNames: Object.fromEntries(names),
  });
  const evaluations = safeTextDeep(
    typedEvaluations.filter(
      (evaluation) => evaluation.campaignId === campaign.id && COUNTED_STATUSES.includes(evaluation.status),
    ),
  )
    .slice()
    .sort((a, b) => a.id - b.id);
  const { t } = exportTexts(locale);
  const yesNo = (value: boolean | null | undefined) =>
    value === null || value === undefined ? null : t(value ? 'mystery.export.yes' : 'mystery.export.no');
  const checklistById = new Map(checklists.map((checklist) => [checklist.id, checklist]));
  const servicePoint = (key: string) =>
    campaign.servicePoints.find((point) => point.key === key)?.name ?? key;
  const scenario = (key: string) => campaign.scenarios.find((one) => one.key === key)?.title ?? key;
  const itemText = (evaluation: Evaluation, key: string) =>
    checklistById.get(evaluation.checklistId)?.items.find((item) => item.key === key)?.text ?? key;

  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kvalita';
  workbook.title = campaign.name;
  const addSheet = (nameKey: MessageKey, headers: readonly MessageKey[], rows: readonly Cell[][]) => {
    const sheet = workbook.addWorksheet(t(nameKey));
    sheet.addRow(headers.map((key) => t(key))).font = { bold: true };
    for (const row of rows) sheet.addRow(row);
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
    return sheet;
  };

  const evaluationColumns = [
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
    'status',
    'releasedAt',
    'generalNote',
  ] as const;
  const evaluationRows = evaluations.map((evaluation): Cell[] => [
    evaluation.id,
    departmentNames[evaluation.departmentCode] ?? evaluation.departmentCode,
    servicePoint(evaluation.servicePointKey),
    t(`mystery.export.channel.${evaluation.channel}`),
    scenario(evaluation.scenarioKey),
    evaluation.week,
    officeDateTime(evaluation.record.contactAt),
    officeDateTime(evaluation.record.answeredAt),
    evaluation.score?.score ?? null,
    evaluation.score?.rawScore ?? null,
    (evaluation.score?.failedCritical ?? []).map((key) => itemText(evaluation, key)).join('; ') || null,
    evaluation.record.waitMinutes,
    evaluation.record.rings,
    evaluation.score?.replyHours ?? null,
    evaluation.channel === 'visit' || evaluation.channel === 'phone'
      ? null
      : yesNo(evaluation.score?.lateReply),
    yesNo(evaluation.record.answerCorrect),
    t(evaluation.status === 'locked' ? 'mystery.export.status.locked' : 'mystery.export.status.released'),
    officeDateTime(evaluation.releasedAt),
    evaluation.record.generalNote || null,
  ]);
  const sheet = addSheet(
    'mystery.export.sheet.evaluations',
    evaluationColumns.map((name) => `mystery.export.column.${name}` as const),
    evaluationRows,
  );
  const at = (name: (typeof evaluationColumns)[number]) => evaluationColumns.indexOf(name) + 1;
  for (const name of ['contactAt', 'answeredAt', 'releasedAt'] as const)
    sheet.getColumn(at(name)).numFmt = DATE_TIME_FORMAT[locale];
  for (const name of ['score', 'rawScore', 'replyHours'] as const) sheet.getColumn(at(name)).numFmt = '0.0';
  sheet.columns.forEach((column, index) => {
    column.width =
      index === 0
        ? 10
        : ['servicePoint', 'scenario', 'failedCritical', 'generalNote'].includes(
              evaluationColumns[index] ?? '',
            )
          ? 36
          : 16;
  });

  const answerColumns = [
    'evaluation',
    'itemKey',
    'section',
    'text',
    'weight',
    'critical',
    'answer',
    'note',
  ] as const;
  const answerRows = evaluations.flatMap((evaluation): Cell[][] => {
    const checklist = checklistById.get(evaluation.checklistId);
    // The checklist's order, then any key the record holds beyond it (an older version's).
    const keys = [
      ...(checklist?.items.map((item) => item.key) ?? []),
      ...Object.keys(evaluation.record.items).filter(
        (key) => !checklist?.items.some((item) => item.key === key),
      ),
    ];
    return keys.map((key) => {
      const item = checklist?.items.find((one) => one.key === key);
      const record = evaluation.record.items[key];
      return [
        evaluation.id,
        key,
        item ? t(`mystery.export.section.${item.section}`) : null,
        item?.text ?? null,
        item?.weight ?? null,
        item ? yesNo(item.critical) : null,
        t(record?.answer ? `mystery.export.answer.${record.answer}` : 'mystery.export.answer.none'),
        record?.note || null,
      ];
    });
  });
  const answers = addSheet(
    'mystery.export.sheet.answers',
    answerColumns.map((name) => `mystery.export.column.${name}` as const),
    answerRows,
  );
  answers.columns.forEach((column, index) => {
    column.width = answerColumns[index] === 'text' ? 60 : answerColumns[index] === 'note' ? 48 : 14;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
