import * as z from 'zod/mini';
import { orNull, type AllTrue, type Reads } from '../platform/reply-schema';
import {
  COLUMN_DATATYPES,
  OPEN_DATASETS,
  PUBLICATION_TRIGGERS,
  UPDATE_FREQUENCIES,
  VALIDATION_CODES,
  type DatasetPreviewReply,
  type DatasetStateReply,
  type OpenDataOverviewReply,
  type PublicationEntry,
  type PublishReply,
} from './contract';

/*
 * Open data's replies of contract.ts, checked at run time: the tab reads every answer with them and
 * the API tests check the service's answers against them. Shapes and codes only.
 */

const bilingual = z.object({ cs: z.string(), en: z.string() });
const key = z.enum(OPEN_DATASETS);
const fileSchema = z.object({
  name: z.string(),
  contentType: z.string(),
  bytes: z.number(),
  sha256: z.string(),
  version: z.string(),
});
const entrySchema = z.object({
  id: z.number(),
  at: z.string(),
  by: z.object({ email: z.string(), displayName: z.string() }),
  trigger: z.enum(PUBLICATION_TRIGGERS),
  datasets: z.array(z.object({ key, rows: z.number(), files: z.array(fileSchema) })),
  catalogue: fileSchema,
  catalogueDatasets: z.array(key),
});
const stateSchema = z.object({
  key,
  title: bilingual,
  description: bilingual,
  chosen: z.boolean(),
  frequency: z.enum(UPDATE_FREQUENCIES),
  etag: orNull(z.string()),
  lastPublished: orNull(z.object({ at: z.string(), rows: z.number(), sha256: z.string() })),
  nextDue: orNull(z.string()),
  inCatalogue: z.boolean(),
  urls: z.object({ record: z.string(), csv: z.string(), metadata: z.string() }),
});

export const openDataOverviewReplySchema = z.object({
  publisher: z.object({
    officeName: z.string(),
    ico: z.string(),
    ruianMunicipality: z.string(),
    contactEmail: z.string(),
    publicUrl: z.string(),
    iri: z.string(),
  }),
  catalogueUrl: z.string(),
  datasets: z.array(stateSchema),
  log: z.array(entrySchema),
});

export const datasetStateReplySchema = z.object({ dataset: stateSchema });

const cell = z.union([z.string(), z.number(), z.null()]);
export const datasetPreviewReplySchema = z.object({
  key,
  columns: z.array(
    z.object({
      name: z.string(),
      title: bilingual,
      description: bilingual,
      datatype: z.enum(COLUMN_DATATYPES),
      required: z.boolean(),
    }),
  ),
  rows: z.array(z.record(z.string(), cell)),
  totalRows: z.number(),
  csv: z.string(),
  metadata: z.record(z.string(), z.unknown()),
  record: z.record(z.string(), z.unknown()),
  problems: z.array(
    z.object({
      file: z.string(),
      row: orNull(z.number()),
      column: orNull(z.string()),
      message: z.string(),
      code: z.enum(VALIDATION_CODES),
    }),
  ),
  withheldDepartments: z.number(),
  urls: z.object({ record: z.string(), csv: z.string(), metadata: z.string() }),
});

export const publishReplySchema = z.object({ entry: entrySchema, replayed: z.boolean() });

export type OpenDataReplyChecks = AllTrue<
  [
    Reads<typeof entrySchema, PublicationEntry>,
    Reads<typeof openDataOverviewReplySchema, OpenDataOverviewReply>,
    Reads<typeof datasetStateReplySchema, DatasetStateReply>,
    Reads<typeof datasetPreviewReplySchema, DatasetPreviewReply>,
    Reads<typeof publishReplySchema, PublishReply>,
  ]
>;
