import {
  FEEDBACK_LIMITS,
  INTL_TAGS,
  safeTextDeep,
  type DevelopmentGoal,
  type FeedbackReport,
  type Locale,
  type RaterGroup,
  type Score,
} from '@kvalita/core';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { bullets, label, note, section, subsection, table, texts } from '../../caf/report/report-blocks';

export interface ReportDocxInput {
  readonly locale: Locale;
  readonly officeName: string;
  readonly report: FeedbackReport;
  readonly goals: readonly DevelopmentGoal[];
  /** The model's competency groups by key: comments are listed under their group's name. */
  readonly groupNames: ReadonlyMap<string, string>;
}

/**
 * A subject's 360 report as .docx, for the subject and their manager, with the self-assessment
 * report's blocks: who answered, what was merged or left out and why (never silently), self
 * against others for every competency and behaviour per shown group, blind spots and hidden
 * strengths, top and bottom behaviours, comments from shown groups, and the subject's goals.
 * Hidden figures print as "–" with what it means; nothing hidden is in the file.
 */
export async function buildFeedbackReportDocx(input: ReportDocxInput): Promise<Buffer> {
  const { report, goals } = safeTextDeep({ report: input.report, goals: input.goals });
  const { t, date } = texts(input);
  const number = (value: number, signed = false) => {
    const text = Math.abs(value).toLocaleString(INTL_TAGS[input.locale], {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    return !signed ? text : value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
  };
  const score = (value: Score | undefined) => (value?.mean == null ? '–' : number(value.mean));
  const gap = (value: number | null) => (value === null ? '–' : number(value, true));
  const groupName = (group: RaterGroup) => t(`feedback.report.group.${group}`);
  const shown = report.groups.map((group) => group.group).filter((group) => group !== 'self');
  const behaviourText = new Map(
    report.competencies.flatMap((competency) =>
      competency.behaviours.map((behaviour) => [behaviour.key, behaviour.text] as const),
    ),
  );

  const front = [
    new Paragraph({ text: t('feedback.report.title'), heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: report.subject.displayName, bold: true, size: 32 })] }),
    new Paragraph({ text: input.officeName, spacing: { after: 240 } }),
    table(
      [t('feedback.report.cycle'), report.cycleName],
      [
        [t('feedback.report.subject'), report.subject.displayName],
        [t('feedback.report.manager'), report.manager?.displayName ?? '–'],
        [t('feedback.report.model'), report.modelName],
        [
          t('feedback.report.released'),
          report.releasedAt === null ? t('feedback.report.notReleased') : date(report.releasedAt),
        ],
      ],
      [35, 65],
    ),
    note(t('feedback.report.purpose')),
    note(
      t('feedback.report.anonymity', {
        threshold: report.thresholds.group,
        comments: report.thresholds.comments,
      }),
    ),
    section(t('feedback.report.scale.heading')),
    table(
      [
        t('feedback.export.column.point'),
        t('feedback.export.column.label'),
        t('feedback.export.column.description'),
      ],
      report.scale.map((anchor) => [String(anchor.point), anchor.label, anchor.description]),
      [10, 25, 65],
    ),
  ];

  const who = [
    section(t('feedback.report.groups.heading')),
    ...(report.groups.length === 0
      ? [note(t('feedback.report.groups.none'))]
      : [
          table(
            [
              t('feedback.report.groups.column.group'),
              t('feedback.report.groups.column.answers'),
              t('feedback.report.groups.column.note'),
            ],
            report.groups.map((group) => [
              groupName(group.group),
              String(group.answers),
              group.mergedFrom.length === 0
                ? ''
                : t('feedback.report.groups.mergedFrom', {
                    groups: group.mergedFrom.map(groupName).join(', '),
                  }),
            ]),
            [40, 20, 40],
          ),
        ]),
    section(t('feedback.report.suppressed.heading')),
    ...bullets(
      report.suppressed.map((entry) =>
        t(`feedback.report.suppressed.${entry.outcome}`, {
          group: groupName(entry.group),
          answers: entry.answers,
          threshold: report.thresholds.group,
        }),
      ),
      t('feedback.report.suppressed.none'),
    ),
    ...(report.othersShown
      ? []
      : [note(t('feedback.report.othersHidden', { minimum: FEEDBACK_LIMITS.overallMinimum }))]),
  ];

  const columns = [
    t('feedback.report.column.item'),
    t('feedback.report.column.self'),
    t('feedback.report.column.others'),
    ...shown.map(groupName),
    t('feedback.report.column.gap'),
  ];
  const itemShare = 34;
  const widths = [itemShare, ...columns.slice(1).map(() => (100 - itemShare) / (columns.length - 1))];
  const results = [
    section(t('feedback.report.results.heading')),
    note(t('feedback.report.hiddenCell')),
    ...report.competencies.flatMap((competency) => [
      subsection(competency.name),
      table(
        columns,
        [
          [
            t('feedback.report.competencyTotal'),
            score(competency.self),
            score(competency.others),
            ...shown.map((group) => score(competency.byGroup[group])),
            gap(competency.gap),
          ],
          ...competency.behaviours.map((behaviour) => [
            behaviour.text,
            score(behaviour.self),
            score(behaviour.others),
            ...shown.map((group) => score(behaviour.byGroup[group])),
            gap(behaviour.gap),
          ]),
        ],
        widths,
      ),
    ]),
  ];

  const findings = report.competencies.flatMap((competency) =>
    [competency, ...competency.behaviours].flatMap((item) =>
      item.finding === null
        ? []
        : [
            t(`feedback.report.findings.${item.finding}`, {
              item: 'name' in item ? item.name : item.text,
              gap: gap(item.gap),
            }),
          ],
    ),
  );
  const behaviours = (keys: readonly string[]) => keys.map((key) => behaviourText.get(key) ?? key);
  const insights = [
    section(t('feedback.report.findings.heading')),
    note(t('feedback.report.findings.intro')),
    ...bullets(findings, t('feedback.report.findings.none')),
    label(t('feedback.report.top.heading')),
    ...bullets(behaviours(report.topBehaviours), t('feedback.report.top.none')),
    label(t('feedback.report.bottom.heading')),
    ...bullets(behaviours(report.bottomBehaviours), t('feedback.report.top.none')),
  ];

  const competencyGroups = [...new Set(report.competencies.map((competency) => competency.groupKey))];
  const comments = [
    section(t('feedback.report.comments.heading')),
    ...(report.comments.length === 0
      ? [note(t('feedback.report.comments.none'))]
      : competencyGroups.flatMap((groupKey) => {
          const own = report.comments.filter((comment) => comment.competencyGroupKey === groupKey);
          if (own.length === 0) return [];
          return [
            label(input.groupNames.get(groupKey) ?? groupKey),
            ...own.map(
              (comment) =>
                new Paragraph({
                  bullet: { level: 0 },
                  children: [
                    new TextRun({ text: comment.text }),
                    new TextRun({
                      text: ` (${comment.group === null ? t('feedback.report.comments.anonymous') : groupName(comment.group)})`,
                      italics: true,
                    }),
                  ],
                }),
            ),
          ];
        })),
  ];

  const competencyName = new Map(report.competencies.map((competency) => [competency.key, competency.name]));
  const goalLines = goals.map((goal) => {
    const parts = [`${competencyName.get(goal.competencyKey) ?? goal.competencyKey}: ${goal.text}`];
    if (goal.dueDate) parts.push(t('feedback.report.goals.due', { date: date(goal.dueDate) }));
    if (goal.link.kind === 'training')
      parts.push(t('feedback.report.goals.training', { title: goal.link.title }));
    if (goal.link.kind === 'measure')
      parts.push(t('feedback.report.goals.measure', { id: goal.link.measureId }));
    return parts.join(', ');
  });
  const plan = [
    section(t('feedback.report.goals.heading')),
    ...bullets(goalLines, t('feedback.report.goals.none')),
  ];

  const document = new Document({
    creator: 'Kvalita',
    title: `${t('feedback.report.title')} – ${report.subject.displayName}`,
    description: report.cycleName,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children: [...front, ...who, ...results, ...insights, ...comments, ...plan] }],
  });
  return Packer.toBuffer(document);
}
