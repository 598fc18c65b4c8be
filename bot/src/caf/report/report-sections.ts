import {
  CAF_2020_CRITERIA,
  bandOf,
  classicalPanel,
  formatDate,
  localizeModel,
  roundScore,
  translate,
  type MessageKey,
  type MessageParams,
} from '@kvalita/core';
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { SelfAssessmentReport } from './report.types';

/** The report's sections as docx building blocks; one function per section keeps each readable. */
type Block = Paragraph | Table;

export function texts(report: SelfAssessmentReport) {
  const t = (key: MessageKey, params?: MessageParams) => translate(report.locale, key, params);
  const date = (iso: string) => formatDate(report.locale, iso);
  const score = (value: number | null) =>
    value === null
      ? t('report.results.notScored')
      : roundScore(value).toLocaleString(report.locale === 'cs' ? 'cs-CZ' : 'en-GB');
  return { t, date, score };
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ text, heading: level });

const cell = (text: string, options: { bold?: boolean; width?: number } = {}) =>
  new TableCell({
    children: [new Paragraph({ children: [new TextRun({ text, bold: options.bold ?? false })] })],
    ...(options.width === undefined ? {} : { width: { size: options.width, type: WidthType.PERCENTAGE } }),
  });

function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((text) => cell(text, { bold: true })) }),
      ...rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) })),
    ],
  });
}

export function coverSection(report: SelfAssessmentReport): Block[] {
  const { t, date } = texts(report);
  const status = report.approval
    ? t('report.status.approved', {
        name: report.approval.approvedBy,
        date: date(report.approval.approvedAt),
      })
    : t('report.status.draft');
  return [
    new Paragraph({ text: t('report.title'), heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: report.officeName, bold: true, size: 32 })] }),
    table(
      [t('report.cycle'), report.cycle.name],
      [
        [t('report.period'), `${date(report.cycle.startDate)} – ${date(report.cycle.endDate)}`],
        [t('report.status'), status],
        [t('report.generated'), date(report.generatedAt)],
      ],
    ),
  ];
}

export function teamSection(report: SelfAssessmentReport): Block[] {
  const { t } = texts(report);
  const leadersFirst = [...report.team].sort(
    (a, b) => Number(b.role === 'leader') - Number(a.role === 'leader'),
  );
  return [
    heading(t('report.team.heading'), HeadingLevel.HEADING_1),
    table(
      [t('report.team.name'), t('report.team.role'), t('report.team.department')],
      leadersFirst.map((member) => [
        member.name,
        t(member.role === 'leader' ? 'report.team.leader' : 'report.team.member'),
        member.department ?? '',
      ]),
    ),
  ];
}

export function methodSection(report: SelfAssessmentReport): Block[] {
  const { t } = texts(report);
  const scope =
    report.cycle.scope.kind === 'office'
      ? t('report.scope.office')
      : t('report.scope.departments', { departments: report.cycle.scopeDepartmentNames.join(', ') });
  return [
    heading(t('report.method.heading'), HeadingLevel.HEADING_1),
    new Paragraph(
      t(report.cycle.method === 'classical' ? 'report.method.classical' : 'report.method.fineTuned'),
    ),
    new Paragraph(t('report.method.process')),
    new Paragraph(scope),
  ];
}

/** A bar per criterion: a shaded cell whose width is the score, so the chart reads in any Word. */
function barChart(report: SelfAssessmentReport): Table {
  const { score } = texts(report);
  const model = localizeModel(report.locale);
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: {
      top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
    },
    rows: report.results.criteria.map((criterion) => {
      const value = criterion.score ?? 0;
      const barWidth = Math.max(1, Math.round((value / 100) * 70));
      const title = model.find((candidate) => candidate.number === criterion.number)?.title ?? '';
      const colour = criterion.kind === 'enabler' ? '2F5597' : '548235';
      return new TableRow({
        children: [
          cell(`${criterion.number}. ${title}`, { width: 25 }),
          new TableCell({
            width: { size: barWidth, type: WidthType.PERCENTAGE },
            shading: {
              type: ShadingType.CLEAR,
              color: 'auto',
              fill: criterion.score === null ? 'FFFFFF' : colour,
            },
            children: [new Paragraph('')],
          }),
          new TableCell({
            width: { size: 75 - barWidth, type: WidthType.PERCENTAGE },
            children: [new Paragraph({ text: score(criterion.score), alignment: AlignmentType.LEFT })],
          }),
        ],
      });
    }),
  });
}

export function resultsSection(report: SelfAssessmentReport): Block[] {
  const { t, score } = texts(report);
  const model = localizeModel(report.locale);
  const scored = report.results.criteria.reduce((sum, criterion) => sum + criterion.scored, 0);
  const total = report.results.criteria.reduce((sum, criterion) => sum + criterion.total, 0);
  const changeOf = (number: number) => {
    const codes =
      CAF_2020_CRITERIA.find((criterion) => criterion.number === number)?.subcriteria.map((s) => s.code) ??
      [];
    const deltas = report.changes
      .filter((change) => codes.includes(change.code) && change.delta !== null)
      .map((change) => change.delta as number);
    if (deltas.length === 0) return '–';
    const mean = deltas.reduce((sum, delta) => sum + delta, 0) / deltas.length;
    return `${mean > 0 ? '+' : ''}${score(mean)}`;
  };
  return [
    heading(t('report.results.heading'), HeadingLevel.HEADING_1),
    ...(report.results.complete ? [] : [new Paragraph(t('report.results.incomplete', { scored, total }))]),
    table(
      [t('report.results.overall'), t('report.results.enablers'), t('report.results.results')],
      [[score(report.results.overall), score(report.results.enablers), score(report.results.results)]],
    ),
    new Paragraph(''),
    table(
      [t('report.results.criterion'), t('report.results.score'), t('report.results.change')],
      report.results.criteria.map((criterion) => [
        `${criterion.number}. ${model.find((candidate) => candidate.number === criterion.number)?.title ?? ''}`,
        score(criterion.score),
        changeOf(criterion.number),
      ]),
    ),
    heading(t('report.results.chart'), HeadingLevel.HEADING_2),
    barChart(report),
  ];
}

function bullets(items: readonly string[], none: string): Paragraph[] {
  if (items.length === 0) return [new Paragraph({ children: [new TextRun({ text: none, italics: true })] })];
  return items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
}

export function detailSection(report: SelfAssessmentReport): Block[] {
  const { t, score, date } = texts(report);
  const model = localizeModel(report.locale);
  const blocks: Block[] = [heading(t('report.detail.heading'), HeadingLevel.HEADING_1)];
  for (const criterion of model) {
    blocks.push(heading(`${criterion.number}. ${criterion.title}`, HeadingLevel.HEADING_2));
    for (const subcriterion of criterion.subcriteria) {
      const entry = report.subcriteria.find((candidate) => candidate.code === subcriterion.code);
      blocks.push(heading(`${subcriterion.code} ${subcriterion.title}`, HeadingLevel.HEADING_3));
      const value = entry?.score ?? null;
      const band =
        value === null ? '' : bandOf(classicalPanel(criterion.kind), value).description[report.locale].text;
      blocks.push(
        new Paragraph(value === null ? score(null) : t('report.detail.score', { score: score(value), band })),
      );
      for (const [key, items] of [
        ['report.detail.strengths', entry?.strengths ?? []],
        ['report.detail.areas', entry?.areasForImprovement ?? []],
        ['report.detail.ideas', entry?.improvementIdeas ?? []],
      ] as const) {
        blocks.push(new Paragraph({ children: [new TextRun({ text: t(key), bold: true })] }));
        blocks.push(...bullets(items, t('report.detail.none')));
      }
      const surveys = report.surveyEvidence.filter((survey) =>
        survey.subcriteria.includes(subcriterion.code),
      );
      if (surveys.length > 0) {
        blocks.push(
          new Paragraph({ children: [new TextRun({ text: t('report.detail.surveys'), bold: true })] }),
        );
        blocks.push(
          ...bullets(
            surveys.map((survey) =>
              t('report.detail.survey', {
                title: survey.title,
                waves: survey.waves,
                last: date(survey.lastWaveOpensAt),
              }),
            ),
            '',
          ),
        );
      }
    }
  }
  return blocks;
}

export function nextStepsSection(report: SelfAssessmentReport): Block[] {
  const { t, date } = texts(report);
  const lines = report.measures.map((measure) =>
    [
      measure.subcriterionCode ? `${measure.subcriterionCode}: ${measure.title}` : measure.title,
      measure.ownerName ? t('report.next.owner', { name: measure.ownerName }) : null,
      measure.deadline ? t('report.next.deadline', { date: date(measure.deadline) }) : null,
    ]
      .filter((part): part is string => part !== null)
      .join(' – '),
  );
  return [
    heading(t('report.next.heading'), HeadingLevel.HEADING_1),
    heading(t('report.next.measures'), HeadingLevel.HEADING_2),
    ...bullets(lines, t('report.next.noMeasures')),
  ];
}
