import { ROLES } from '@kvalita/core';
import type { ListSchema } from '../../schema/types';

const roleLabels: Record<(typeof ROLES)[number], string> = {
  qualityManager: 'Manažer/ka kvality',
  director: 'Ředitel/ka úřadu',
  headOfDepartment: 'Vedoucí útvaru',
  cafTeamMember: 'Člen/ka týmu CAF',
  employee: 'Zaměstnanec/kyně',
  mysteryEvaluator: 'Mystery hodnotitel/ka',
};

/** Kvalita's directory: who works where and which quality roles they hold in this office. */
export const peopleList = {
  key: 'people',
  urlName: 'KvalitaPeople',
  template: 'genericList',
  title: { cs: 'Lidé', en: 'People' },
  description: {
    cs: 'Zaměstnanci úřadu, jejich útvary a role v řízení kvality.',
    en: 'Staff of the office, their departments and quality-management roles.',
  },
  titleField: { cs: 'Jméno', en: 'Name' },
  fields: [
    {
      name: 'Email',
      type: 'Text',
      title: { cs: 'E-mail', en: 'E-mail' },
      required: true,
      indexed: true,
      unique: true,
      maxLength: 255,
    },
    { name: 'Account', type: 'User', title: { cs: 'Účet', en: 'Account' }, indexed: true },
    { name: 'JobTitle', type: 'Text', title: { cs: 'Pracovní pozice', en: 'Job title' }, maxLength: 255 },
    {
      name: 'Department',
      type: 'Lookup',
      lookupList: 'departments',
      title: { cs: 'Útvar', en: 'Department' },
      indexed: true,
    },
    { name: 'Manager', type: 'User', title: { cs: 'Nadřízený', en: 'Manager' } },
    {
      name: 'Roles',
      type: 'MultiChoice',
      title: { cs: 'Role', en: 'Roles' },
      choices: ROLES.map((code) => ({ code, label: roleLabels[code] })),
    },
    {
      name: 'Active',
      type: 'Boolean',
      title: { cs: 'Aktivní', en: 'Active' },
      indexed: true,
    },
    {
      name: 'PreferredLanguage',
      type: 'Choice',
      title: { cs: 'Jazyk', en: 'Language' },
      choices: [
        { code: 'cs', label: 'Čeština' },
        { code: 'en', label: 'Angličtina' },
      ],
    },
  ],
} as const satisfies ListSchema;
