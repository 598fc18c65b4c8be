import type { CAMPAIGN_STATUSES, EVALUATION_STATUSES, MYSTERY_CHANNELS } from '@kvalita/core';

/** How the evaluator contacted the office, as a citizen would. */
export const MYSTERY_CHANNEL_CHOICES = [
  { code: 'visit', label: 'Osobní návštěva' },
  { code: 'phone', label: 'Telefonát' },
  { code: 'email', label: 'E-mail' },
  { code: 'dataBox', label: 'Datová schránka' },
  { code: 'web', label: 'Webový formulář' },
] as const satisfies readonly { code: (typeof MYSTERY_CHANNELS)[number]; label: string }[];

export const CAMPAIGN_STATUS_CHOICES = [
  { code: 'preparation', label: 'Příprava' },
  { code: 'running', label: 'Probíhá' },
  { code: 'closed', label: 'Uzavřeno' },
] as const satisfies readonly { code: (typeof CAMPAIGN_STATUSES)[number]; label: string }[];

export const EVALUATION_STATUS_CHOICES = [
  { code: 'planned', label: 'Naplánováno' },
  { code: 'draft', label: 'Rozpracováno' },
  { code: 'submitted', label: 'Odevzdáno' },
  { code: 'returned', label: 'Vráceno k doplnění' },
  { code: 'reviewed', label: 'Zkontrolováno' },
  { code: 'released', label: 'Zveřejněno' },
  { code: 'locked', label: 'Uzamčeno' },
  { code: 'excluded', label: 'Vyřazeno' },
] as const satisfies readonly { code: (typeof EVALUATION_STATUSES)[number]; label: string }[];

/** The campaign a row belongs to: every mystery list filters a campaign's rows on it (indexed). */
export const campaignIdField = {
  name: 'CampaignId',
  type: 'Number',
  title: { cs: 'Kampaň (ID)', en: 'Campaign (ID)' },
  required: true,
  indexed: true,
  min: 1,
} as const;

/** A department's code (the directory's key), as 360's rows keep it. */
export const departmentCodeField = {
  name: 'DepartmentCode',
  type: 'Text',
  title: { cs: 'Útvar (kód)', en: 'Department (code)' },
  required: true,
  indexed: true,
  maxLength: 32,
} as const;
