import { FEEDBACK_LIMITS } from '@kvalita/core';
import { noteField } from '../../platform/schema/fields';
import type { ListSchema } from '../../platform/schema/types';
import { cycleIdField } from './cycle-id-field';

/** Development goals a subject set from their report (a training or a measure linked). Service-only. */
export const feedbackGoalsList = {
  key: 'feedbackGoals',
  urlName: 'Kvalita360Goals',
  template: 'genericList',
  title: { cs: 'Rozvojové cíle', en: 'Development goals' },
  description: {
    cs: 'Rozvojové cíle, které si hodnocení stanovili ze zprávy 360°.',
    en: 'Development goals people set from their 360° report.',
  },
  titleField: { cs: 'Cíl', en: 'Goal' },
  permissions: 'serviceOnly',
  fields: [
    cycleIdField,
    {
      name: 'SubjectId',
      type: 'Number',
      title: { cs: 'Hodnocený/á (ID)', en: 'Subject (ID)' },
      required: true,
      indexed: true,
      min: 1,
    },
    {
      name: 'CompetencyKey',
      type: 'Text',
      title: { cs: 'Kompetence', en: 'Competency' },
      required: true,
      maxLength: FEEDBACK_LIMITS.key,
    },
    { name: 'DueDate', type: 'DateTime', dateOnly: true, title: { cs: 'Termín', en: 'Due' } },
    noteField('GoalLink', { cs: 'Vazba (JSON)', en: 'Link (JSON)' }),
  ],
} as const satisfies ListSchema;
