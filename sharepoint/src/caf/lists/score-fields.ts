import { noteField } from '../../platform/schema/fields';
import { scoreField } from './fields';

/**
 * What an individual score and a consensus score both hold for one subcriterion (CAF 2020):
 * the classical panel's single 0–100 score, or the fine-tuned panel's PLAN/DO/CHECK/ACT (enablers)
 * or TRENDS/TARGETS (results), each 0–100, with Score their mean; then the evidence-based text.
 */
export const scorePanelFields = [
  scoreField('Score', { cs: 'Hodnocení (0–100)', en: 'Score (0–100)' }),
  scoreField('ScorePlan', { cs: 'PLAN (0–100)', en: 'PLAN (0–100)' }),
  scoreField('ScoreDo', { cs: 'DO (0–100)', en: 'DO (0–100)' }),
  scoreField('ScoreCheck', { cs: 'CHECK (0–100)', en: 'CHECK (0–100)' }),
  scoreField('ScoreAct', { cs: 'ACT (0–100)', en: 'ACT (0–100)' }),
  scoreField('ScoreTrends', { cs: 'Trendy (0–100)', en: 'Trends (0–100)' }),
  scoreField('ScoreTargets', { cs: 'Cíle (0–100)', en: 'Targets (0–100)' }),
] as const;

export const scoreTextFields = [
  noteField('Strengths', { cs: 'Silné stránky', en: 'Strengths' }),
  noteField('AreasForImprovement', { cs: 'Oblasti pro zlepšení', en: 'Areas for improvement' }),
  noteField('ImprovementIdeas', { cs: 'Náměty na zlepšení', en: 'Ideas for improvement' }),
] as const;

/**
 * One link per line, its title then its address (./evidence-links.ts): evidence lives in the
 * office's own documents, not in the list.
 */
export const evidenceField = noteField('Evidence', { cs: 'Důkazy (odkazy)', en: 'Evidence (links)' });

export const scoreContentFields = [...scorePanelFields, ...scoreTextFields, evidenceField] as const;
