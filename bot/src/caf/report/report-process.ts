import { CAF_STEPS } from '@kvalita/core';
import { Paragraph } from 'docx';
import { chapter, section, table, texts, type Block } from './report-blocks';
import type { SelfAssessmentReport } from './report.types';

/**
 * Chapter 2: the organisation and how it assessed itself — scope and dates, the team with their
 * departments (by name), the CAF steps done so far (training is step 4) and the scoring method.
 */
export function processChapter(report: SelfAssessmentReport): Block[] {
  const { t, date } = texts(report);
  const { cycle } = report;
  const scope =
    cycle.scope.kind === 'office'
      ? t('report.scope.office')
      : t('report.scope.departments', { departments: cycle.scopeDepartmentNames.join(', ') });
  const leadersFirst = [...report.team].sort(
    (a, b) => Number(b.role === 'leader') - Number(a.role === 'leader'),
  );
  const stateOf = (step: number) =>
    t(
      step < cycle.currentStep
        ? 'report.steps.done'
        : step === cycle.currentStep
          ? 'report.steps.current'
          : 'report.steps.planned',
    );
  return [
    chapter(t('report.process.heading')),
    new Paragraph(t('report.process.organisation', { office: report.officeName })),
    new Paragraph(scope),
    new Paragraph(t('report.process.dates', { start: date(cycle.startDate), end: date(cycle.endDate) })),
    section(t('report.team.heading')),
    new Paragraph(t('report.team.size', { count: report.team.length })),
    table(
      [t('report.team.name'), t('report.team.role'), t('report.team.department')],
      leadersFirst.map((member) => [
        member.name,
        t(member.role === 'leader' ? 'report.team.leader' : 'report.team.member'),
        member.department ?? '',
      ]),
      [35, 25, 40],
    ),
    section(t('report.steps.heading')),
    new Paragraph(t('report.steps.intro')),
    table(
      [t('report.steps.step'), t('report.steps.state')],
      CAF_STEPS.filter((step) => !step.optional).map((step) => [
        `${step.number}. ${step.title[report.locale].text}`,
        stateOf(step.number),
      ]),
      [75, 25],
    ),
    section(t('report.method.heading')),
    new Paragraph(t(cycle.method === 'classical' ? 'report.method.classical' : 'report.method.fineTuned')),
    new Paragraph(t('report.method.process')),
  ];
}
