import type { ListSchema } from '../../platform/schema/types';

/**
 * Photos and files of evaluations (signage, waiting room, accessibility; a PDF of a written answer),
 * each with the evaluation it belongs to. Service-only, like the sheets themselves.
 */
export const mysteryFilesLibrary = {
  key: 'mysteryFiles',
  urlName: 'KvalitaMysteryFiles',
  template: 'documentLibrary',
  title: { cs: 'Přílohy mystery shoppingu', en: 'Mystery-shopping files' },
  description: {
    cs: 'Fotografie prostředí a soubory k hodnocením skrytého zákazníka.',
    en: 'Photos of the environment and files of mystery-shopping evaluations.',
  },
  titleField: { cs: 'Název', en: 'Title' },
  permissions: 'serviceOnly',
  fields: [
    {
      name: 'EvaluationId',
      type: 'Number',
      title: { cs: 'Hodnocení (ID)', en: 'Evaluation (ID)' },
      required: true,
      indexed: true,
      min: 1,
    },
    {
      name: 'OriginalName',
      type: 'Text',
      title: { cs: 'Původní název', en: 'Original name' },
      maxLength: 255,
    },
    { name: 'MediaType', type: 'Text', title: { cs: 'Typ obsahu', en: 'Content type' }, maxLength: 100 },
    { name: 'Bytes', type: 'Number', title: { cs: 'Velikost (B)', en: 'Size (B)' }, min: 0 },
  ],
} as const satisfies ListSchema;
