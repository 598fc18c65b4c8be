import type { cafReportCs } from './caf-report.cs';

/** English texts of the self-assessment report, the same keys (checked by the compiler). */
export const cafReportEn = {
  'report.title': 'CAF 2020 self-assessment report',
  'report.office': 'Organisation',
  'report.cycle': 'Self-assessment cycle',
  'report.period': 'Period',
  'report.generated': 'Generated',
  'report.status': 'Report status',
  'report.status.draft': 'Draft – awaiting approval',
  'report.status.approved': 'Approved: {name}, {date}',
  'report.footer.page': 'Page {page} of {pages}',
  'report.toc.heading': 'Contents',

  'report.summary.heading': 'Summary',
  'report.summary.overall':
    'The overall score is {overall} out of 100: enablers {enablers}, results {results}.',
  'report.summary.noScores':
    'The team has not agreed a consensus on any subcriterion yet, so there are no scores yet.',
  'report.summary.change': 'Since the cycle {name} ({period}), the overall score changed by {delta}.',
  'report.summary.noChange':
    'The overall score cannot be compared with the cycle {name} ({period}): one of the cycles has none.',
  'report.summary.highest': 'Highest-scored subcriteria: {list}.',
  'report.summary.lowest': 'Lowest-scored subcriteria, with the most room for improvement: {list}.',
  'report.summary.measures': 'Measures in the improvement plan: {count}.',
  'report.summary.byCriterion': 'Scores by criterion',

  'report.process.heading': 'The organisation and the self-assessment process',
  'report.process.organisation': 'Organisation assessed: {office}.',
  'report.process.dates': 'The self-assessment ran from {start} to {end}.',
  'report.team.heading': 'Self-assessment team',
  'report.team.size': 'Members of the team: {count}.',
  'report.team.name': 'Name',
  'report.team.role': 'Role in the team',
  'report.team.department': 'Department',
  'report.team.leader': 'Team leader',
  'report.team.member': 'Team member',
  'report.steps.heading': 'The steps of the CAF journey',
  'report.steps.intro':
    'The self-assessment followed the 10 CAF steps; training the team is step 4. The table shows where the cycle stood when this report was generated.',
  'report.steps.step': 'Step',
  'report.steps.state': 'State',
  'report.steps.done': 'Done',
  'report.steps.current': 'In progress',
  'report.steps.planned': 'To do',
  'report.method.heading': 'Method',
  'report.method.classical':
    'Classical scoring: each subcriterion received one score 0–100 on the PDCA panel (enablers) or the trends and targets panel (results).',
  'report.method.fineTuned':
    'Fine-tuned scoring: enablers were scored on PLAN, DO, CHECK and ACT, results on trends and targets, each 0–100; the subcriterion score is their mean.',
  'report.method.process':
    'Team members first scored individually, then the team reached a consensus. A criterion score is the mean of its subcriteria; the overall score is the mean of the criteria.',
  'report.scope.office': 'Scope: the whole office.',
  'report.scope.departments': 'Scope: {departments}.',

  'report.results.heading': 'Results',
  'report.results.overall': 'Overall score',
  'report.results.enablers': 'Enablers',
  'report.results.results': 'Results',
  'report.results.criterion': 'Criterion',
  'report.results.score': 'Score',
  'report.results.change': 'Change since the previous cycle',
  'report.results.chart': 'Criterion scores (0–100)',
  'report.results.chartThisCycle': 'This cycle',
  'report.results.notScored': 'not scored',
  'report.results.incomplete': 'Note: only some subcriteria are scored ({scored} of {total}).',

  'report.detail.heading': 'Subcriterion assessment',
  'report.detail.score': 'Score: {score} – {band}',
  'report.detail.change': 'Since the cycle {name}: {delta} (then {previous}).',
  'report.detail.strengths': 'Strengths',
  'report.detail.areas': 'Areas for improvement',
  'report.detail.ideas': 'Improvement ideas',
  'report.detail.none': 'None given.',
  'report.detail.evidence': 'Evidence linked by the team',
  'report.detail.surveys': 'Evidence from Kvalita surveys',
  'report.detail.mystery': 'Evidence from mystery shopping',
  'report.detail.mysteryCampaign':
    '{name} (until {end}) – released evaluations: {evaluations}, mean score {score} %',
  'report.detail.survey': '{title} – waves in the last 12 months: {waves}, last {last}',
  'report.detail.measures': 'Measures of the improvement plan',
  'report.detail.sinceMeasures': 'Measures since the cycle {name}',
  'report.measure.effective': 'effective',
  'report.measure.notEffective': 'not effective (reopened)',

  'report.comparison.heading': 'Comparison with the previous cycle',
  'report.comparison.with':
    'Compared with the cycle {name} ({period}); its report was approved by {approvedBy} on {approvedAt}.',
  'report.comparison.rule':
    'The previous cycle is the last closed cycle with an approved report, of the same scope and scoring method, that ended before this cycle.',
  'report.comparison.chosen':
    'The quality manager chose the cycle to compare with; by default it would be the last closed cycle with an approved report, of the same scope and scoring method.',
  'report.comparison.none':
    'There is no comparable previous cycle (closed, with an approved report, of the same scope and method), so no change since the previous cycle is shown.',
  'report.comparison.subcriterion': 'Subcriterion',
  'report.comparison.previous': 'Previous cycle',
  'report.comparison.current': 'This cycle',

  'report.plan.heading': 'Improvement plan',
  'report.plan.intro':
    'The measures come from the areas for improvement in this report; their progress is tracked in the Measures list.',
  'report.plan.measure': 'Measure',
  'report.plan.owner': 'Owner',
  'report.plan.deadline': 'Deadline',
  'report.plan.status': 'Status',
  'report.next.noMeasures': 'The improvement plan has no measures yet.',

  'report.annex.heading': 'Annex: surveys and measures used as evidence',
  'report.annex.surveys': 'Kvalita surveys',
  'report.annex.survey': 'Survey',
  'report.annex.subcriteria': 'Subcriteria',
  'report.annex.waves': 'Waves in 12 months',
  'report.annex.lastWave': 'Last wave',
  'report.annex.noSurveys': 'No Kvalita survey is marked as evidence for this self-assessment.',
  'report.annex.measures': 'Measures of the improvement plan of the cycle {name}',
  'report.annex.noMeasures': 'The previous cycle has no measures, or there is no comparable previous cycle.',
  'report.annex.documents': 'Documents linked by the team',
  'report.annex.document': 'Document',
  'report.annex.address': 'Address',
  'report.annex.noDocuments': 'The team linked no documents to its scores.',
} as const satisfies Record<keyof typeof cafReportCs, string>;
