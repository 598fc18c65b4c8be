import type { FieldSchema, ListSchema } from '../../schema/types';

export const departmentsList = {
  key: 'departments',
  urlName: 'KvalitaDepartments',
  template: 'genericList',
  title: { cs: 'Útvary', en: 'Departments' },
  description: {
    cs: 'Odbory a oddělení úřadu (organizační struktura pro Kvalitu).',
    en: 'Departments and sections of the office (organisation structure for Kvalita).',
  },
  titleField: { cs: 'Název útvaru', en: 'Department name' },
  fields: [
    {
      name: 'Code',
      type: 'Text',
      title: { cs: 'Kód', en: 'Code' },
      required: true,
      indexed: true,
      unique: true,
      maxLength: 32,
    },
    {
      name: 'ParentCode',
      type: 'Text',
      title: { cs: 'Nadřízený útvar (kód)', en: 'Parent department (code)' },
      indexed: true,
      maxLength: 32,
    },
    { name: 'Head', type: 'User', title: { cs: 'Vedoucí', en: 'Head' } },
  ],
} as const satisfies ListSchema;

/** The department a row belongs to (measures, documents, mystery-shopping contacts). */
export const departmentLookup = () =>
  ({
    name: 'Department',
    type: 'Lookup',
    lookupList: 'departments',
    title: { cs: 'Útvar', en: 'Department' },
    indexed: true,
  }) as const satisfies FieldSchema;
