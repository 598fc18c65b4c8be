import type { ListSchema } from '../types';

export const measuresList: ListSchema = {
  key: 'measures',
  urlName: 'KvalitaMeasures',
  template: 'genericList',
  title: { cs: 'Opatření', en: 'Measures' },
  description: {
    cs: 'Nápravná, preventivní a zlepšovací opatření (PDCA) včetně vazby na subkritéria CAF.',
    en: 'Corrective, preventive and improvement measures (PDCA) linked to CAF subcriteria.',
  },
  titleField: { cs: 'Název opatření', en: 'Measure' },
  fields: [
    {
      name: 'Kind',
      type: 'Choice',
      title: { cs: 'Druh', en: 'Kind' },
      required: true,
      indexed: true,
      choices: [
        { code: 'corrective', label: 'Nápravné' },
        { code: 'preventive', label: 'Preventivní' },
        { code: 'improvement', label: 'Zlepšení' },
      ],
    },
    {
      name: 'Status',
      type: 'Choice',
      title: { cs: 'Stav', en: 'Status' },
      required: true,
      indexed: true,
      choices: [
        { code: 'proposed', label: 'Navrženo' },
        { code: 'planned', label: 'Naplánováno' },
        { code: 'inProgress', label: 'Probíhá' },
        { code: 'done', label: 'Dokončeno' },
        { code: 'cancelled', label: 'Zrušeno' },
      ],
    },
    { name: 'Owner', type: 'User', title: { cs: 'Odpovědná osoba', en: 'Owner' }, indexed: true },
    {
      name: 'Deadline',
      type: 'DateTime',
      dateOnly: true,
      title: { cs: 'Termín', en: 'Deadline' },
      indexed: true,
    },
    {
      name: 'Subcriterion',
      type: 'Text',
      title: { cs: 'Subkritérium CAF', en: 'CAF subcriterion' },
      indexed: true,
      maxLength: 8,
    },
    {
      name: 'Department',
      type: 'Lookup',
      lookupList: 'departments',
      title: { cs: 'Útvar', en: 'Department' },
      indexed: true,
    },
    { name: 'Description', type: 'Note', title: { cs: 'Popis', en: 'Description' } },
  ],
};
