import type { Department, Person } from '@kvalita/core';

/**
 * The demo office that local mode seeds: a fictional municipal office ("Městský úřad Lipová")
 * with the roles Kvalita knows. Names and e-mails are invented; the domain is reserved (.example).
 */
export const DEMO_OFFICE_NAME = 'Městský úřad Lipová';

/**
 * The demo office as the open data catalogue names it: a fictitious IČO (well-formed, check digit
 * right) and RÚIAN code, and the contact; the public address is the local service's.
 */
export const DEMO_OPEN_DATA = {
  officeName: DEMO_OFFICE_NAME,
  ico: '12345679',
  ruianMunicipality: '599999',
  contactEmail: 'kvalita@lipova.example',
} as const;

export const DEMO_DEPARTMENTS: readonly Department[] = [
  { code: 'KT', name: 'Kancelář tajemníka', parentCode: null },
  { code: 'OSV', name: 'Odbor sociálních věcí', parentCode: null },
  { code: 'OD', name: 'Odbor dopravy', parentCode: null },
  { code: 'OV', name: 'Odbor výstavby a územního plánování', parentCode: null },
  { code: 'OE', name: 'Ekonomický odbor', parentCode: null },
  { code: 'OSV-SP', name: 'Oddělení sociální práce', parentCode: 'OSV' },
];

const domain = 'lipova.example';
const person = (
  local: string,
  displayName: string,
  jobTitle: string,
  departmentCode: string,
  managerLocal: string | null,
  roles: Person['roles'],
): Person => ({
  email: `${local}@${domain}`,
  displayName,
  jobTitle,
  departmentCode,
  managerEmail: managerLocal === null ? null : `${managerLocal}@${domain}`,
  roles,
});

export const DEMO_PEOPLE: readonly Person[] = [
  person('petr.svoboda', 'Mgr. Petr Svoboda', 'Tajemník úřadu', 'KT', null, ['director', 'employee']),
  person('jana.novakova', 'Ing. Jana Nováková', 'Manažerka kvality', 'KT', 'petr.svoboda', [
    'qualityManager',
    'cafTeamMember',
    'employee',
  ]),
  person('lucie.dvorakova', 'Bc. Lucie Dvořáková', 'Vedoucí odboru sociálních věcí', 'OSV', 'petr.svoboda', [
    'headOfDepartment',
    'cafTeamMember',
    'employee',
  ]),
  person('marie.prochazkova', 'Marie Procházková', 'Sociální pracovnice', 'OSV-SP', 'lucie.dvorakova', [
    'cafTeamMember',
    'employee',
  ]),
  person('tomas.cerny', 'Ing. Tomáš Černý', 'Vedoucí odboru dopravy', 'OD', 'petr.svoboda', [
    'headOfDepartment',
    'employee',
  ]),
  person('jiri.kucera', 'Jiří Kučera', 'Referent registru vozidel', 'OD', 'tomas.cerny', ['employee']),
  person('martin.horak', 'Ing. arch. Martin Horák', 'Vedoucí odboru výstavby', 'OV', 'petr.svoboda', [
    'headOfDepartment',
    'employee',
  ]),
  person('eva.vesela', 'Eva Veselá', 'Referentka stavebního úřadu', 'OV', 'martin.horak', ['employee']),
  person('pavel.marek', 'Ing. Pavel Marek', 'Vedoucí ekonomického odboru', 'OE', 'petr.svoboda', [
    'headOfDepartment',
    'employee',
  ]),
  person('alena.nemcova', 'Alena Němcová', 'Účetní', 'OE', 'pavel.marek', ['cafTeamMember', 'employee']),
];

/** The 2024 self-assessment's improvement plan (the rest of the register is in demo-measures.ts). */
export { DEMO_MEASURES } from './demo-measures';
