import { FEEDBACK_LIMITS } from '@kvalita/core';
import { noteField, uniqueKeyField } from '../../platform/schema/fields';
import type { ListSchema } from '../../platform/schema/types';

/**
 * Competency models, one row per version (ModelKey + ModelVersion, unique). The content (scale,
 * groups, competencies, behaviours) is one JSON column checked by the model's schema on every
 * read. Read-only for people: a model changes only through the service, and a version a cycle
 * started with is frozen for good.
 */
export const competencyModelsList = {
  key: 'competencyModels',
  urlName: 'KvalitaCompetencyModels',
  template: 'genericList',
  title: { cs: 'Kompetenční modely', en: 'Competency models' },
  description: {
    cs: 'Verze kompetenčních modelů pro zpětnou vazbu 360°: skupiny, kompetence, projevy chování a škála.',
    en: 'Versions of competency models for 360° feedback: groups, competencies, behaviours and the scale.',
  },
  titleField: { cs: 'Název modelu', en: 'Model name' },
  permissions: 'readOnlyForPeople',
  fields: [
    {
      name: 'ModelKey',
      type: 'Text',
      title: { cs: 'Klíč modelu', en: 'Model key' },
      required: true,
      indexed: true,
      maxLength: FEEDBACK_LIMITS.key,
    },
    {
      name: 'ModelVersion',
      type: 'Number',
      title: { cs: 'Verze', en: 'Version' },
      required: true,
      min: 1,
    },
    { name: 'Frozen', type: 'Boolean', title: { cs: 'Uzamčeno', en: 'Frozen' } },
    noteField('ModelContent', { cs: 'Obsah modelu (JSON)', en: 'Model content (JSON)' }),
    noteField('UsedByCycles', { cs: 'Použito v cyklech', en: 'Used by cycles' }),
    { name: 'ModelAuthor', type: 'User', title: { cs: 'Autor/ka', en: 'Author' } },
    uniqueKeyField('ModelVersionKey', { cs: 'Klíč verze', en: 'Version key' }),
  ],
} as const satisfies ListSchema;
