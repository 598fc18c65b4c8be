import { noteField } from '../../platform/schema/fields';
import type { ListSchema } from '../../platform/schema/types';

/**
 * Every publication of open data, never changed once written: when, who, by hand or on schedule,
 * each dataset's rows and each file's SHA-256 and version (JSON), the catalogue file's. The click's
 * request id (a scheduled one's: its day) is unique, so a double submit publishes once. Service-only.
 */
export const openDataLogList = {
  key: 'openDataLog',
  urlName: 'KvalitaOpenDataLog',
  template: 'genericList',
  title: { cs: 'Protokol zveřejnění otevřených dat', en: 'Open data publication log' },
  description: {
    cs: 'Kdo, kdy a co zveřejnil, s kontrolními součty souborů.',
    en: 'Who published what and when, with the files’ checksums.',
  },
  titleField: { cs: 'Zveřejnění', en: 'Publication' },
  permissions: 'serviceOnly',
  fields: [
    {
      name: 'PublishedAt',
      type: 'DateTime',
      title: { cs: 'Zveřejněno', en: 'Published' },
      required: true,
      indexed: true,
    },
    { name: 'Publisher', type: 'User', title: { cs: 'Zveřejnil(a)', en: 'Published by' } },
    {
      name: 'PublicationTrigger',
      type: 'Choice',
      title: { cs: 'Způsob', en: 'Trigger' },
      required: true,
      choices: [
        { code: 'manual', label: 'Ručně' },
        { code: 'scheduled', label: 'Podle plánu' },
      ],
    },
    {
      name: 'RequestId',
      type: 'Text',
      title: { cs: 'Identifikátor požadavku', en: 'Request id' },
      required: true,
      indexed: true,
      unique: true,
      maxLength: 64,
    },
    noteField('Datasets', { cs: 'Datové sady a soubory', en: 'Datasets and files' }),
    noteField('Catalogue', { cs: 'Soubor katalogu', en: 'Catalogue file' }),
  ],
} as const satisfies ListSchema;
