import type { ListSchema } from '../../platform/schema/types';
import { cycleLookup } from './fields';

export const TRAINING_KIND_CHOICES = [
  { code: 'caf', label: 'Školení CAF' },
  { code: 'quality', label: 'Řízení kvality' },
  { code: 'induction', label: 'Adaptační školení' },
  { code: 'competency', label: 'Rozvoj kompetencí' },
  { code: 'other', label: 'Jiné' },
] as const;

/** Trainings the quality system organises (CAF step 4 among them) and who attended. */
export const trainingsList = {
  key: 'trainings',
  urlName: 'KvalitaTrainings',
  template: 'genericList',
  title: { cs: 'Školení', en: 'Trainings' },
  description: {
    cs: 'Školení k řízení kvality a k modelu CAF, termíny a účastníci.',
    en: 'Trainings on quality management and the CAF model, dates and participants.',
  },
  titleField: { cs: 'Název školení', en: 'Training' },
  fields: [
    {
      name: 'TrainingKind',
      type: 'Choice',
      title: { cs: 'Druh', en: 'Kind' },
      required: true,
      indexed: true,
      choices: TRAINING_KIND_CHOICES,
    },
    {
      name: 'TrainingDate',
      type: 'DateTime',
      title: { cs: 'Termín', en: 'Date' },
      required: true,
      indexed: true,
    },
    {
      name: 'DurationHours',
      type: 'Number',
      title: { cs: 'Rozsah (hodiny)', en: 'Duration (hours)' },
      min: 0,
    },
    { name: 'Trainer', type: 'Text', title: { cs: 'Lektor/ka', en: 'Trainer' }, maxLength: 255 },
    { name: 'Location', type: 'Text', title: { cs: 'Místo', en: 'Location' }, maxLength: 255 },
    { name: 'Participants', type: 'UserMulti', title: { cs: 'Účastníci', en: 'Participants' } },
    cycleLookup(false),
    { name: 'Materials', type: 'URL', title: { cs: 'Materiály', en: 'Materials' } },
    { name: 'Summary', type: 'Note', title: { cs: 'Obsah', en: 'Summary' } },
  ],
} as const satisfies ListSchema;
