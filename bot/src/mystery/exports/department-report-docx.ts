import {
  INTL_TAGS,
  safeTextDeep,
  translate,
  type Campaign,
  type Locale,
  type MessageKey,
  type MessageParams,
  type MysteryResults,
  type ResultRow,
} from '@kvalita/core';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { bullets, note, section, table } from '../../caf/report/report-blocks';
import { formatDate } from '@kvalita/core';

export interface DepartmentReportInput {
  readonly locale: Locale;
  readonly officeName: string;
  readonly campaign: Campaign;
  readonly results: MysteryResults;
  readonly departmentNames: ReadonlyMap<string, string>;
}

/**
 * A department's mystery-shopping report as .docx, for its head and the workshop: the campaign and
 * its period, that staff were told beforehand and that results are not for discipline, the score
 * beside the previous campaign, by channel, scenario and section, the items failed most, waiting
 * and answer times, correct answers and late replies. Released sheets only; no person is named.
 */
export async function departmentReportDocx(input: DepartmentReportInput): Promise<Buffer> {
  const { campaign, results } = safeTextDeep({ campaign: input.campaign, results: input.results });
  const t = (key: string, params?: MessageParams) => translate(input.locale, key as MessageKey, params);
  const decimal = (value: number | null, digits = 1) =>
    value === null
      ? '–'
      : value.toLocaleString(INTL_TAGS[input.locale], {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        });
  const percent = (value: number | null) => (value === null ? '–' : `${decimal(value)} %`);
  const date = (iso: string) => formatDate(input.locale, iso);
  const department =
    results.departmentCode === null
      ? input.officeName
      : (input.departmentNames.get(results.departmentCode) ?? results.departmentCode);
  const scenario = (key: string) => campaign.scenarios.find((one) => one.key === key)?.title ?? key;
  const rows = (list: readonly ResultRow[], label: (key: string) => string) =>
    list.map((row) => [
      label(row.key),
      percent(row.meanScore),
      String(row.evaluations),
      String(row.failed),
      percent(row.previous?.meanScore ?? null),
    ]);
  const header = [
    t('mystery.export.column.what'),
    t('mystery.export.column.score'),
    t('mystery.export.column.evaluations'),
    t('mystery.export.column.failed'),
    t('mystery.export.column.previous'),
  ];
  const widths = [40, 15, 15, 15, 15];
  const children = [
    new Paragraph({ text: t('mystery.export.report.title'), heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: department, bold: true, size: 32 })] }),
    new Paragraph({ text: input.officeName, spacing: { after: 240 } }),
    table(
      [t('mystery.export.report.campaign'), campaign.name],
      [
        [t('mystery.export.report.period'), `${date(campaign.startDate)} – ${date(campaign.endDate)}`],
        [
          t('mystery.export.report.staffInformed'),
          campaign.staffNotice.informedOn === null ? '–' : date(campaign.staffNotice.informedOn),
        ],
        [t('mystery.export.column.evaluations'), String(results.overall.evaluations)],
      ],
      [35, 65],
    ),
    note(t('mystery.export.report.ethics')),
    section(t('mystery.export.report.overall')),
    new Paragraph({
      children: [
        new TextRun({
          text: t('mystery.export.report.overallText', {
            score: percent(results.overall.meanScore),
            evaluations: results.overall.evaluations,
            failed: results.overall.failed,
          }),
        }),
      ],
    }),
    ...(results.previous
      ? [
          new Paragraph(
            t('mystery.export.report.previousText', {
              name: results.previous.campaignName,
              score: percent(results.previous.overall.meanScore),
            }),
          ),
        ]
      : [note(t('mystery.export.report.noPrevious'))]),
    section(t('mystery.export.report.byChannel')),
    table(
      header,
      rows(results.byChannel, (key) => t(`mystery.export.channel.${key}`)),
      widths,
    ),
    section(t('mystery.export.report.bySection')),
    table(
      header,
      rows(results.bySection, (key) => t(`mystery.export.section.${key}`)),
      widths,
    ),
    section(t('mystery.export.report.byScenario')),
    table(header, rows(results.byScenario, scenario), widths),
    section(t('mystery.export.report.items')),
    ...(results.items.length === 0
      ? [note(t('mystery.export.report.noItems'))]
      : [
          table(
            [
              t('mystery.export.column.item'),
              t('mystery.export.column.channel'),
              t('mystery.export.column.no'),
              t('mystery.export.column.partly'),
              t('mystery.export.column.applicable'),
            ],
            results.items
              .filter((item) => item.no + item.partly > 0)
              .slice(0, 20)
              .map((item) => [
                item.critical ? `${item.text} (${t('mystery.export.critical')})` : item.text,
                t(`mystery.export.channel.${item.channel}`),
                percent(100 * item.failureRate),
                String(item.partly),
                String(item.applicable),
              ]),
            [46, 18, 12, 12, 12],
          ),
        ]),
    section(t('mystery.export.report.times')),
    table(
      [
        t('mystery.export.column.measure'),
        t('mystery.export.column.count'),
        t('mystery.export.column.median'),
        t('mystery.export.column.p90'),
      ],
      (['waitMinutes', 'rings', 'replyHours'] as const).map((measure) => [
        t(`mystery.export.measure.${measure}`),
        String(results.times[measure].count),
        decimal(results.times[measure].median),
        decimal(results.times[measure].p90),
      ]),
      [46, 18, 18, 18],
    ),
    ...bullets(
      [
        t('mystery.export.report.correct', {
          correct: results.correctAnswers.correct,
          count: results.correctAnswers.count,
        }),
        t('mystery.export.report.late', { count: results.lateReplies }),
      ],
      '',
    ),
  ];
  const document = new Document({
    creator: 'Kvalita',
    title: `${t('mystery.export.report.title')} – ${department}`,
    description: campaign.name,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
