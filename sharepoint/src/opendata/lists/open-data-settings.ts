import type { ListSchema } from '../../platform/schema/types';

/** The quality manager's choice for each dataset: published or not, how often. Service-only. */
export const openDataSettingsList = {
  key: 'openDataSettings',
  urlName: 'KvalitaOpenDataSettings',
  template: 'genericList',
  title: { cs: 'Nastavení otevřených dat', en: 'Open data settings' },
  description: {
    cs: 'Které datové sady úřad zveřejňuje a jak často se znovu zveřejňují.',
    en: 'Which datasets the office publishes and how often they are re-published.',
  },
  titleField: { cs: 'Datová sada', en: 'Dataset' },
  permissions: 'serviceOnly',
  fields: [
    {
      name: 'DatasetKey',
      type: 'Choice',
      title: { cs: 'Datová sada (kód)', en: 'Dataset (code)' },
      required: true,
      indexed: true,
      unique: true,
      choices: [
        { code: 'cafResults', label: 'Výsledky CAF' },
        { code: 'measuresSummary', label: 'Souhrn opatření' },
        { code: 'surveyAggregates', label: 'Průzkumy' },
        { code: 'mysteryResults', label: 'Mystery shopping' },
        { code: 'feedbackOffice', label: 'Zpětná vazba 360°' },
      ],
    },
    { name: 'Chosen', type: 'Boolean', title: { cs: 'Zveřejňovat', en: 'Published' } },
    {
      name: 'Frequency',
      type: 'Choice',
      title: { cs: 'Periodicita', en: 'Frequency' },
      required: true,
      choices: [
        { code: 'weekly', label: 'Týdně' },
        { code: 'monthly', label: 'Měsíčně' },
        { code: 'quarterly', label: 'Čtvrtletně' },
        { code: 'annual', label: 'Ročně' },
        { code: 'irregular', label: 'Nepravidelně' },
      ],
    },
    { name: 'ChosenBy', type: 'User', title: { cs: 'Nastavil(a)', en: 'Set by' } },
  ],
} as const satisfies ListSchema;
