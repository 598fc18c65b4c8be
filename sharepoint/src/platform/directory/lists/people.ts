import { ROLES } from '@kvalita/core';
import { searchNamesOf } from '@kvalita/core';
import type { ListSchema, RowMigration } from '../../schema/types';

const roleLabels: Record<(typeof ROLES)[number], string> = {
  qualityManager: 'Manažer/ka kvality',
  director: 'Ředitel/ka úřadu',
  headOfDepartment: 'Vedoucí útvaru',
  cafTeamMember: 'Člen/ka týmu CAF',
  employee: 'Zaměstnanec/kyně',
  mysteryEvaluator: 'Mystery hodnotitel/ka',
  hrCoordinator: 'Personalista/ka (koordinace 360)',
};

/** Rows written before the search columns, or added in SharePoint by hand, get them from their name. */
const searchKeysFromName: RowMigration = {
  description: 'search columns (NameKey, SurnameKey) from the name',
  columns: ['Title', 'NameKey', 'SurnameKey'],
  migrate: (row) => {
    const names = searchNamesOf(typeof row['Title'] === 'string' ? row['Title'] : '');
    // SharePoint keeps an empty text as null: both mean no key.
    const same = (stored: unknown, wanted: string) => (stored ?? '') === wanted;
    if (same(row['NameKey'], names.givenFirst) && same(row['SurnameKey'], names.surnameFirst)) return null;
    return { NameKey: names.givenFirst, SurnameKey: names.surnameFirst };
  },
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
    // The name without academic titles, given names first and surname first: a people picker finds
    // a person by the start of either (SharePoint has no word search on list items), written by the
    // repository with the name and filled in by provisioning for rows added in SharePoint.
    {
      name: 'NameKey',
      type: 'Text',
      title: { cs: 'Jméno pro hledání', en: 'Name for search' },
      indexed: true,
      maxLength: 255,
    },
    {
      name: 'SurnameKey',
      type: 'Text',
      title: { cs: 'Příjmení pro hledání', en: 'Surname for search' },
      indexed: true,
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
  migrations: [searchKeysFromName],
} as const satisfies ListSchema;
