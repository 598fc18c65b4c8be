import {
  formatDate,
  personalNameWarnings,
  safeTextDeep,
  type Campaign,
  type Checklist,
  type ChecklistSection,
  type Locale,
  type MysteryChannel,
  type MysteryResults,
  type ResultRow,
  type ScoreFigure,
} from '@kvalita/core';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { bullets, note, section, table } from '../../caf/report/report-blocks';
import { exportTexts } from './export-texts';

/**
 * A department's mystery-shopping report (.docx) for its head, with the self-assessment report's
 * blocks: the campaign and its period, the notice given to staff beforehand, the overall score
 * beside the previous campaign's, the same by section, channel and scenario, the items most often
 * not met, waiting and reply times (median and 90th percentile), correct answers and late replies,
 * the scenarios and checklists used. It is built from `results` (released sheets only) and the
 * campaign's plan: no person is named anywhere — not the evaluators, not the campaign's author,
 * not the staff (records hold none). `results.departmentCode` null gives the whole campaign.
 */
export async function departmentReportDocx(
  locale: Locale,
  officeName: string,
  typedResults: MysteryResults,
  names: ReadonlyMap<string, string>,
  typedCampaign: Campaign,
  typedChecklists: readonly Checklist[],
): Promise<Uint8Array> {
  const { results, campaign, checklists, departmentNames } = safeTextDeep({
    results: typedResults,
    campaign: typedCampaign,
    checklists: typedChecklists,
    departmentNames: Object.fromEntries(names),
  });
  const { t, number, delta, percent } = exportTexts(locale);
  const date = (iso: string) => formatDate(locale, iso);
  const departmentName =
    results.departmentCode === null
      ? t('mystery.export.wholeOffice')
      : (departmentNames[results.departmentCode] ?? results.departmentCode);
  const scenarioTitle = (key: string) =>
    campaign.scenarios.find((scenario) => scenario.key === key)?.title ?? key;
  const change = (now: number | null | undefined, before: number | null | undefined) =>
    now === null || now === undefined || before === null || before === undefined ? '–' : delta(now - before);

  const front = [
    new Paragraph({ text: t('mystery.export.report.title'), heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: departmentName, bold: true, size: 32 })] }),
    new Paragraph({ text: officeName, spacing: { after: 240 } }),
    table(
      [t('mystery.export.report.campaign'), campaign.name],
      [
        [t('mystery.export.report.period'), `${date(campaign.startDate)} – ${date(campaign.endDate)}`],
        [t('mystery.export.report.department'), departmentName],
        [t('mystery.export.report.evaluations'), String(results.overall.evaluations)],
      ],
      [35, 65],
    ),
    note(t('mystery.export.report.purpose')),
    note(t('mystery.export.report.counted')),
  ];

  const notice = campaign.staffNotice;
  const staff = [
    section(t('mystery.export.report.notice.heading')),
    new Paragraph({
      text:
        notice.informedOn === null
          ? t('mystery.export.report.notice.missing')
          : t('mystery.export.report.notice.informed', { date: date(notice.informedOn) }),
    }),
    ...(notice.documentId === null
      ? []
      : [new Paragraph({ text: t('mystery.export.report.notice.document', { id: notice.documentId }) })]),
    // The office's own words; left out should they name someone (nobody is named in this report).
    ...(notice.note.trim() === '' || personalNameWarnings(notice.note).length > 0 ? [] : [note(notice.note)]),
  ];

  const previous = results.previous?.overall ?? null;
  const figureRow = (name: string, pick: (figure: ScoreFigure) => number | null) => [
    name,
    number(pick(results.overall)),
    previous ? number(pick(previous)) : '–',
    previous ? change(pick(results.overall), pick(previous)) : '–',
  ];
  const overall = [
    section(t('mystery.export.report.overall.heading')),
    table(
      [
        t('mystery.export.report.overall.figure'),
        t('mystery.export.report.overall.current'),
        t('mystery.export.report.overall.previous'),
        t('mystery.export.report.overall.change'),
      ],
      [
        figureRow(t('mystery.export.report.figure.meanScore'), (figure) => figure.meanScore),
        figureRow(t('mystery.export.report.figure.evaluations'), (figure) => figure.evaluations),
        figureRow(t('mystery.export.report.figure.failed'), (figure) => figure.failed),
      ],
      [46, 18, 18, 18],
    ),
    note(
      results.previous
        ? t('mystery.export.report.overall.previousName', { name: results.previous.campaignName })
        : t('mystery.export.report.overall.noPrevious'),
    ),
    note(t('mystery.export.report.method')),
  ];

  const rowsTable = (
    heading: string,
    column: string,
    rows: readonly ResultRow[],
    name: (key: string) => string,
  ) => [
    section(heading),
    ...(rows.length === 0
      ? [note(t('mystery.export.report.none'))]
      : [
          table(
            [
              column,
              t('mystery.export.report.column.evaluations'),
              t('mystery.export.report.column.score'),
              t('mystery.export.report.column.failed'),
              t('mystery.export.report.column.previous'),
              t('mystery.export.report.column.change'),
            ],
            rows.map((row) => [
              name(row.key),
              String(row.evaluations),
              number(row.meanScore),
              String(row.failed),
              number(row.previous?.meanScore),
              change(row.meanScore, row.previous?.meanScore),
            ]),
            [36, 13, 12, 13, 13, 13],
          ),
        ]),
  ];
  const breakdowns = [
    ...rowsTable(
      t('mystery.export.report.sections.heading'),
      t('mystery.export.report.column.section'),
      results.bySection,
      (key) => t(`mystery.export.section.${key as ChecklistSection}`),
    ),
    ...rowsTable(
      t('mystery.export.report.channels.heading'),
      t('mystery.export.report.column.channel'),
      results.byChannel,
      (key) => t(`mystery.export.channel.${key as MysteryChannel}`),
    ),
    ...rowsTable(
      t('mystery.export.report.scenarios.heading'),
      t('mystery.export.report.column.scenario'),
      results.byScenario,
      scenarioTitle,
    ),
  ];

  const failing = [...results.items]
    .filter((item) => item.no > 0 || item.partly > 0)
    .sort((a, b) => b.failureRate - a.failureRate || b.partly - a.partly || a.key.localeCompare(b.key));
  const items = [
    section(t('mystery.export.report.items.heading')),
    ...(failing.length === 0
      ? [note(t('mystery.export.report.items.none'))]
      : [
          note(t('mystery.export.report.items.intro')),
          table(
            [
              t('mystery.export.report.items.column.item'),
              t('mystery.export.report.column.channel'),
              t('mystery.export.report.column.section'),
              t('mystery.export.report.items.column.critical'),
              t('mystery.export.report.items.column.applicable'),
              t('mystery.export.report.items.column.no'),
              t('mystery.export.report.items.column.partly'),
              t('mystery.export.report.items.column.rate'),
            ],
            failing.map((item) => [
              item.text,
              t(`mystery.export.channel.${item.channel}`),
              t(`mystery.export.section.${item.section}`),
              item.critical ? t('mystery.export.yes') : '',
              String(item.applicable),
              String(item.no),
              String(item.partly),
              percent(item.failureRate),
            ]),
            [34, 11, 11, 8, 9, 7, 9, 11],
          ),
        ]),
  ];

  const times = [
    section(t('mystery.export.report.times.heading')),
    table(
      [
        t('mystery.export.report.times.column.measure'),
        t('mystery.export.report.times.column.count'),
        t('mystery.export.report.times.column.median'),
        t('mystery.export.report.times.column.p90'),
      ],
      (['waitMinutes', 'rings', 'replyHours'] as const).map((name) => [
        t(`mystery.export.report.times.${name}`),
        String(results.times[name].count),
        number(results.times[name].median),
        number(results.times[name].p90),
      ]),
      [46, 18, 18, 18],
    ),
  ];

  const { count, correct } = results.correctAnswers;
  const answers = [
    section(t('mystery.export.report.answers.heading')),
    new Paragraph({
      text:
        count === 0
          ? t('mystery.export.report.answers.noneRecorded')
          : t('mystery.export.report.answers.correct', {
              correct,
              count,
              percent: percent(correct / count),
            }),
    }),
    new Paragraph({ text: t('mystery.export.report.answers.late', { count: results.lateReplies }) }),
  ];

  // The scenarios this report's figures rest on (a department's own, or all of the campaign's).
  const shownScenarios = campaign.scenarios.filter(
    (scenario) =>
      results.departmentCode === null || results.byScenario.some((row) => row.key === scenario.key),
  );
  const plan = [
    section(t('mystery.export.report.scenarios.list.heading')),
    ...bullets(
      shownScenarios.map(
        (scenario) =>
          `${scenario.title} (${scenario.channels.map((channel) => t(`mystery.export.channel.${channel}`)).join(', ')}; ${
            scenario.deadlineHours === null
              ? t('mystery.export.report.scenarios.immediate')
              : t('mystery.export.report.scenarios.deadline', { hours: scenario.deadlineHours })
          })`,
      ),
      t('mystery.export.report.none'),
    ),
    section(t('mystery.export.report.checklists.heading')),
    ...bullets(
      checklists.map((checklist) =>
        t('mystery.export.report.checklists.line', {
          name: checklist.name,
          channel: t(`mystery.export.channel.${checklist.channel}`),
          version: checklist.version,
          items: checklist.items.length,
          critical: checklist.items.filter((item) => item.critical).length,
        }),
      ),
      t('mystery.export.report.none'),
    ),
  ];

  const document = new Document({
    creator: 'Kvalita',
    title: `${t('mystery.export.report.title')} – ${departmentName}`,
    description: campaign.name,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      { children: [...front, ...staff, ...overall, ...breakdowns, ...items, ...times, ...answers, ...plan] },
    ],
  });
  return Packer.toBuffer(document);
}
