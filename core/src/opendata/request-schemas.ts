import { z } from 'zod';
import { etagSchema } from '../platform/etag-schema';
import {
  OPEN_DATA_LIMITS,
  OPEN_DATASETS,
  UPDATE_FREQUENCIES,
  type OpenDatasetKey,
  type PublishRequest,
  type SaveDatasetRequest,
} from './contract';

/*
 * Open data's request bodies and path parts (docs/api-opendata.md). Messages in English.
 */

export const openDatasetKeySchema: z.ZodType<OpenDatasetKey> = z.enum(OPEN_DATASETS, {
  error: `the dataset must be one of ${OPEN_DATASETS.join(', ')}`,
});

export const saveDatasetRequestSchema: z.ZodType<SaveDatasetRequest> = z.strictObject({
  chosen: z.boolean({ error: 'chosen must be true or false' }),
  frequency: z.enum(UPDATE_FREQUENCIES, {
    error: `frequency must be one of ${UPDATE_FREQUENCIES.join(', ')}`,
  }),
  // null: the dataset's settings were never saved (its default is in force).
  etag: etagSchema.nullable(),
});

export const publishRequestSchema: z.ZodType<PublishRequest> = z.strictObject({
  requestId: z
    .string({ error: 'requestId is required: a new id for each publication the person asks for' })
    .regex(/^[A-Za-z0-9-]{8,}$/, 'requestId must be letters, digits and dashes (a uuid)')
    .max(OPEN_DATA_LIMITS.requestId, `requestId must be at most ${OPEN_DATA_LIMITS.requestId} characters`),
});
