import type { ListSchema } from '../../platform/schema/types';

/**
 * The office's competency model (what 360° feedback asks about). Title is the Czech name; the
 * English name and the behavioural indicators (one per line) sit beside it, so a model is edited
 * in one place for both languages. ModelCode lets a new model replace an old one without losing
 * the competencies old feedback refers to.
 */
export const competenciesList = {
  key: 'competencies',
  urlName: 'KvalitaCompetencies',
  template: 'genericList',
  title: { cs: 'Kompetenční model', en: 'Competency model' },
  description: {
    cs: 'Kompetence, na které se ptá zpětná vazba 360°, s projevy chování v češtině a angličtině.',
    en: 'Competencies that 360° feedback asks about, with behavioural indicators in Czech and English.',
  },
  titleField: { cs: 'Název kompetence (česky)', en: 'Competency name (Czech)' },
  fields: [
    {
      name: 'CompetencyCode',
      type: 'Text',
      title: { cs: 'Kód kompetence', en: 'Competency code' },
      required: true,
      indexed: true,
      unique: true,
      maxLength: 32,
    },
    {
      name: 'ModelCode',
      type: 'Text',
      title: { cs: 'Kompetenční model (kód)', en: 'Competency model (code)' },
      required: true,
      indexed: true,
      maxLength: 32,
    },
    {
      name: 'NameEn',
      type: 'Text',
      title: { cs: 'Název kompetence (anglicky)', en: 'Competency name (English)' },
      maxLength: 255,
    },
    {
      name: 'CompetencyGroup',
      type: 'Text',
      title: { cs: 'Skupina kompetencí', en: 'Competency group' },
      maxLength: 64,
    },
    { name: 'DescriptionCs', type: 'Note', title: { cs: 'Popis (česky)', en: 'Description (Czech)' } },
    { name: 'DescriptionEn', type: 'Note', title: { cs: 'Popis (anglicky)', en: 'Description (English)' } },
    {
      name: 'IndicatorsCs',
      type: 'Note',
      title: { cs: 'Projevy chování (česky)', en: 'Behavioural indicators (Czech)' },
    },
    {
      name: 'IndicatorsEn',
      type: 'Note',
      title: { cs: 'Projevy chování (anglicky)', en: 'Behavioural indicators (English)' },
    },
    { name: 'SortOrder', type: 'Number', title: { cs: 'Pořadí', en: 'Order' }, min: 0 },
    { name: 'Active', type: 'Boolean', title: { cs: 'Aktivní', en: 'Active' }, indexed: true },
  ],
} as const satisfies ListSchema;
