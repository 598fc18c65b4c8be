import { bandOf, classicalPanel, localizeModel } from '@kvalita/core';
import { Paragraph } from 'docx';
import { bullets, chapter, label, section, statusText, subsection, texts, type Block } from './report-blocks';
import type { SelfAssessmentReport } from './report.types';

/**
 * Chapter 3: every subcriterion with its consensus score and band, the change since the previous
 * cycle, strengths, areas for improvement and ideas, then its evidence: documents the team linked,
 * Kvalita surveys marked for it, and the plan's measures that address it.
 */
export function subcriteriaChapter(report: SelfAssessmentReport): Block[] {
  const { t, score, delta, date } = texts(report);
  const blocks: Block[] = [chapter(t('report.detail.heading'))];
  for (const criterion of localizeModel(report.locale)) {
    blocks.push(section(`${criterion.number}. ${criterion.title}`));
    for (const subcriterion of criterion.subcriteria) {
      const entry = report.subcriteria.find((candidate) => candidate.code === subcriterion.code);
      const value = entry?.score ?? null;
      blocks.push(subsection(`${subcriterion.code} ${subcriterion.title}`));
      const band =
        value === null ? '' : bandOf(classicalPanel(criterion.kind), value).description[report.locale].text;
      blocks.push(
        new Paragraph(value === null ? score(null) : t('report.detail.score', { score: score(value), band })),
      );
      const change = report.changes.find((candidate) => candidate.code === subcriterion.code);
      if (report.previousCycle && change && change.delta !== null) {
        blocks.push(
          new Paragraph(
            t('report.detail.change', {
              name: report.previousCycle.name,
              delta: delta(change.delta),
              previous: score(change.previous),
            }),
          ),
        );
      }
      for (const [key, items] of [
        ['report.detail.strengths', entry?.strengths ?? []],
        ['report.detail.areas', entry?.areasForImprovement ?? []],
        ['report.detail.ideas', entry?.improvementIdeas ?? []],
      ] as const) {
        blocks.push(label(t(key)), ...bullets(items, t('report.detail.none')));
      }
      const documents = entry?.evidence ?? [];
      if (documents.length > 0) {
        blocks.push(
          label(t('report.detail.evidence')),
          ...bullets(
            documents.map((link) => `${link.title} – ${link.url}`),
            '',
          ),
        );
      }
      const surveys = report.surveyEvidence.filter((survey) =>
        survey.subcriteria.includes(subcriterion.code),
      );
      if (surveys.length > 0) {
        blocks.push(
          label(t('report.detail.surveys')),
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
      const campaigns = (report.mysteryEvidence ?? []).filter((campaign) =>
        campaign.subcriteria.includes(subcriterion.code),
      );
      if (campaigns.length > 0) {
        blocks.push(
          label(t('report.detail.mystery')),
          ...bullets(
            campaigns.map((campaign) =>
              t('report.detail.mysteryCampaign', {
                name: campaign.campaignName,
                evaluations: campaign.evaluations,
                score: campaign.meanScore === null ? '–' : score(campaign.meanScore),
                end: date(campaign.endDate),
              }),
            ),
            '',
          ),
        );
      }
      const measures = report.measures.filter((measure) => measure.subcriterionCode === subcriterion.code);
      if (measures.length > 0) {
        blocks.push(
          label(t('report.detail.measures')),
          ...bullets(
            measures.map((measure) => measure.title),
            '',
          ),
        );
      }
      const since = report.previousMeasures.filter(
        (measure) => measure.subcriterionCode === subcriterion.code,
      );
      if (since.length > 0 && report.previousCycle) {
        blocks.push(
          label(t('report.detail.sinceMeasures', { name: report.previousCycle.name })),
          ...bullets(
            since.map((measure) => `${measure.title} – ${statusText(report, measure)}`),
            '',
          ),
        );
      }
    }
  }
  return blocks;
}
