import type { BilingualText } from '../surveys/contract';

/*
 * Open data's tab API (docs/api-opendata.md, under /api/opendata) and its public files (under
 * /opendata, no sign-in): which of the office's quality figures are published, how often, the
 * preview of each file and catalogue record, the publication log. Written once, here: the service
 * types its replies against these shapes, the tab imports them, and the schemas
 * (request-schemas.ts, reply-schemas.ts) read exactly them. Codes and types only.
 *
 * What is published follows the Czech norms: each dataset a CSV in UTF-8 with its CSV on the Web
 * metadata, described in a local catalogue in DCAT-AP-CZ (JSON-LD) that the national catalogue
 * (NKOD) harvests once the office has registered it.
 */

/** The datasets Kvalita can publish, one per feature's results. */
export const OPEN_DATASETS = [
  'cafResults',
  'measuresSummary',
  'surveyAggregates',
  'mysteryResults',
  'feedbackOffice',
] as const;
export type OpenDatasetKey = (typeof OPEN_DATASETS)[number];

/**
 * How often a dataset is re-published on schedule; 'irregular': only when the quality manager
 * publishes. Each is an EU update frequency the catalogue record states.
 */
export const UPDATE_FREQUENCIES = ['weekly', 'monthly', 'quarterly', 'annual', 'irregular'] as const;
export type UpdateFrequency = (typeof UPDATE_FREQUENCIES)[number];

/** The XML Schema datatypes the files' columns use (CSV on the Web `datatype`). */
export const COLUMN_DATATYPES = ['string', 'integer', 'decimal', 'date', 'anyURI'] as const;
export type ColumnDatatype = (typeof COLUMN_DATATYPES)[number];

/** What started a publication. */
export const PUBLICATION_TRIGGERS = ['manual', 'scheduled'] as const;
export type PublicationTrigger = (typeof PUBLICATION_TRIGGERS)[number];

export const OPEN_DATA_LIMITS = {
  /** Rows a preview shows (the file itself has them all). */
  previewRows: 50,
  /** Log entries the overview lists, newest first. */
  logEntries: 20,
  /** A publication's request id (the tab's uuid: a double submit publishes once). */
  requestId: 64,
} as const;

/** One column of a dataset's CSV, as its CSV on the Web metadata describes it. */
export interface OpenColumn {
  /** The header and the CSVW `name`: lower-case Czech words joined with "_". */
  readonly name: string;
  readonly title: BilingualText;
  readonly description: BilingualText;
  readonly datatype: ColumnDatatype;
  /** Every row has a value (an empty cell is refused by validation). */
  readonly required: boolean;
}

/** A cell of a published table: text, a number, or empty. */
export type OpenCell = string | number | null;
export type OpenRow = Readonly<Record<string, OpenCell>>;

/** The office as the catalogue names it (production settings; the demo office locally). */
export interface OpenDataPublisher {
  readonly officeName: string;
  /** The office's identification number (IČO, 8 digits). */
  readonly ico: string;
  /** The RÚIAN code of the municipality the data cover (spatial coverage). */
  readonly ruianMunicipality: string;
  /** Where people ask about the data. */
  readonly contactEmail: string;
  /** The public address the files are served at, without a trailing slash (…/opendata is added). */
  readonly publicUrl: string;
}

/** A file of a publication, with what the log keeps of it. */
export interface PublishedFile {
  readonly name: string;
  readonly contentType: string;
  readonly bytes: number;
  /** SHA-256 of the bytes, hex. */
  readonly sha256: string;
  /** The library's version label of the file after this publication ("3.0"). */
  readonly version: string;
}

/** A dataset's part of a publication. */
export interface PublishedDataset {
  readonly key: OpenDatasetKey;
  readonly rows: number;
  readonly files: readonly PublishedFile[];
}

/** One entry of the publication log (never changed once written). */
export interface PublicationEntry {
  readonly id: number;
  readonly at: string;
  /** Who published (the scheduled re-publication runs as the quality manager who chose the frequency). */
  readonly by: { readonly email: string; readonly displayName: string };
  readonly trigger: PublicationTrigger;
  readonly datasets: readonly PublishedDataset[];
  /** The catalogue file as published with these datasets. */
  readonly catalogue: PublishedFile;
  /** The datasets the catalogue lists after this publication (a scheduled one re-publishes only those due). */
  readonly catalogueDatasets: readonly OpenDatasetKey[];
}

/** A dataset as the quality manager chooses it. */
export interface OpenDatasetState {
  readonly key: OpenDatasetKey;
  readonly title: BilingualText;
  readonly description: BilingualText;
  /** Published and kept up to date (else left out of the catalogue at the next publication). */
  readonly chosen: boolean;
  readonly frequency: UpdateFrequency;
  /** The settings row's version (null before it was first saved). */
  readonly etag: string | null;
  /** The last publication that held it; null when never published. */
  readonly lastPublished: { readonly at: string; readonly rows: number; readonly sha256: string } | null;
  /** When the schedule publishes it next (office date); null when irregular, not chosen or never published. */
  readonly nextDue: string | null;
  /** In the catalogue now (published and not withdrawn since). */
  readonly inCatalogue: boolean;
  /** Its public addresses. */
  readonly urls: { readonly record: string; readonly csv: string; readonly metadata: string };
}

/** GET /api/opendata: the datasets, the office as published, the catalogue's addresses, the log. */
export interface OpenDataOverviewReply {
  readonly publisher: OpenDataPublisher & { readonly iri: string };
  readonly catalogueUrl: string;
  readonly datasets: readonly OpenDatasetState[];
  readonly log: readonly PublicationEntry[];
}

/** PUT /api/opendata/datasets/:key — whether it is published and how often. */
export interface SaveDatasetRequest {
  readonly chosen: boolean;
  readonly frequency: UpdateFrequency;
  readonly etag: string | null;
}

/** PUT /api/opendata/datasets/:key answers the dataset as it now stands. */
export interface DatasetStateReply {
  readonly dataset: OpenDatasetState;
}

/** A problem validation found: the file, where in it (row 1 is the header), what. */
export interface ValidationProblem {
  readonly file: string;
  readonly row: number | null;
  readonly column: string | null;
  /** English, for the log and developers; the tab shows `code` in the person's language. */
  readonly message: string;
  readonly code: ValidationCode;
}

export const VALIDATION_CODES = [
  'header',
  'columnCount',
  'required',
  'datatype',
  'missingProperty',
  'belowThreshold',
  'unnamedDepartment',
] as const;
export type ValidationCode = (typeof VALIDATION_CODES)[number];

/** GET /api/opendata/datasets/:key/preview — the files as the next publication would write them. */
export interface DatasetPreviewReply {
  readonly key: OpenDatasetKey;
  readonly columns: readonly OpenColumn[];
  /** The first rows (OPEN_DATA_LIMITS.previewRows), as cells by column name. */
  readonly rows: readonly OpenRow[];
  readonly totalRows: number;
  /** The whole CSV text. */
  readonly csv: string;
  /** The CSV on the Web metadata file. */
  readonly metadata: Readonly<Record<string, unknown>>;
  /** The dataset's DCAT-AP-CZ record (JSON-LD). */
  readonly record: Readonly<Record<string, unknown>>;
  /** Empty when the files may be published. */
  readonly problems: readonly ValidationProblem[];
  /** Departments left out because they are smaller than the group threshold (how many, not which). */
  readonly withheldDepartments: number;
  /** Where the files are served once published. */
  readonly urls: { readonly record: string; readonly csv: string; readonly metadata: string };
}

/** POST /api/opendata/publish */
export interface PublishRequest {
  /** The tab's id of this click: sent again (a double submit, a retry), it answers the first publication. */
  readonly requestId: string;
}

/** POST /api/opendata/publish answers the log entry and the catalogue as now published. */
export interface PublishReply {
  readonly entry: PublicationEntry;
  /** True when the request id had already published (nothing was published again). */
  readonly replayed: boolean;
}
