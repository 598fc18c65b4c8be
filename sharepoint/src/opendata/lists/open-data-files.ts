import { MAX_VERSION_LIMIT, type ListSchema } from '../../platform/schema/types';

/**
 * The published open data: each dataset's CSV, its CSV on the Web metadata and its catalogue record,
 * and the catalogue file, under the names of their public addresses (caf-vysledky.csv,
 * katalog.jsonld). A publication writes a new major version of each file, so every version ever
 * published stays (the public may have downloaded any of them). People read them in SharePoint as
 * the public reads them on the web; only the app writes.
 */
export const openDataFilesLibrary = {
  key: 'openDataFiles',
  urlName: 'KvalitaOpenData',
  template: 'documentLibrary',
  title: { cs: 'Otevřená data', en: 'Open data' },
  description: {
    cs: 'Zveřejněné datové sady úřadu (CSV, metadata CSVW) a lokální katalog otevřených dat (DCAT-AP-CZ) se všemi verzemi.',
    en: "The office's published datasets (CSV, CSVW metadata) and the local open data catalogue (DCAT-AP-CZ), with every version.",
  },
  titleField: { cs: 'Název', en: 'Title' },
  versioning: true,
  library: {
    minorVersions: false,
    contentApproval: false,
    draftVisibility: 'reader',
    majorVersionLimit: MAX_VERSION_LIMIT,
    majorWithMinorVersionsLimit: 0,
  },
  permissions: 'readOnlyForPeople',
  fields: [
    { name: 'MediaType', type: 'Text', title: { cs: 'Typ obsahu', en: 'Content type' }, maxLength: 100 },
    {
      name: 'Sha256',
      type: 'Text',
      title: { cs: 'Kontrolní součet SHA-256', en: 'SHA-256 checksum' },
      maxLength: 64,
    },
  ],
} as const satisfies ListSchema;
