import { noteField } from '../../platform/schema/fields';
import type { ListSchema } from '../../platform/schema/types';
import { CAMPAIGN_STATUS_CHOICES } from './mystery-choices';

/**
 * Campaigns: status, period, the quality manager who set it up; departments, service points,
 * quotas, scenarios, checklists, evaluators, lockout and the staff notice as JSON (Settings).
 * Service-only: evaluators and service points are the schedule's ground.
 */
export const mysteryCampaignsList = {
  key: 'mysteryCampaigns',
  urlName: 'KvalitaMysteryCampaigns',
  template: 'genericList',
  title: { cs: 'Kampaně mystery shoppingu', en: 'Mystery-shopping campaigns' },
  description: {
    cs: 'Kampaně skrytého zákazníka: období, odbory, kontaktní místa, kvóty, scénáře a hodnotitelé.',
    en: 'Mystery-shopping campaigns: period, departments, service points, quotas, scenarios and evaluators.',
  },
  titleField: { cs: 'Název kampaně', en: 'Campaign name' },
  permissions: 'serviceOnly',
  fields: [
    {
      name: 'CampaignStatus',
      type: 'Choice',
      title: { cs: 'Stav', en: 'Status' },
      required: true,
      indexed: true,
      choices: CAMPAIGN_STATUS_CHOICES,
    },
    {
      name: 'StartDate',
      type: 'DateTime',
      dateOnly: true,
      title: { cs: 'Začátek', en: 'Start' },
      required: true,
    },
    { name: 'EndDate', type: 'DateTime', dateOnly: true, title: { cs: 'Konec', en: 'End' }, required: true },
    { name: 'QualityManager', type: 'User', title: { cs: 'Připravil/a', en: 'Set up by' } },
    { name: 'StartedAt', type: 'DateTime', title: { cs: 'Zahájeno', en: 'Started' } },
    { name: 'ClosedAt', type: 'DateTime', title: { cs: 'Uzavřeno', en: 'Closed' } },
    noteField('Settings', { cs: 'Nastavení', en: 'Settings' }),
  ],
} as const satisfies ListSchema;
