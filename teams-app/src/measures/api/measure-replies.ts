import type { MeasureDetailReply, MeasureRegisterReply } from '@kvalita/core';
import type { ReplySchema } from '../../platform/api/read-reply';

/*
 * TODO(lead): swap these for core's measure reply schemas (measureRegisterReplySchema,
 * measureDetailReplySchema from `@kvalita/core/schemas`) once they exist. Until then a minimal check
 * of the reply's frame: the parts the pages index into before they render anything.
 */

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function minimal<T>(check: (body: Record<string, unknown>) => boolean): ReplySchema<T> {
  return {
    safeParse: (input) =>
      isObject(input) && check(input) ? { success: true, data: input as T } : { success: false },
  };
}

export const measureRegisterReplySchema = minimal<MeasureRegisterReply>(
  (body) =>
    Array.isArray(body.items) &&
    typeof body.total === 'number' &&
    (body.nextPage === null || typeof body.nextPage === 'string') &&
    isObject(body.tiles) &&
    typeof body.mayCreate === 'boolean',
);

export const measureDetailReplySchema = minimal<MeasureDetailReply>(
  (body) =>
    isObject(body.measure) &&
    typeof body.measure.id === 'number' &&
    typeof body.measure.etag === 'string' &&
    Array.isArray(body.measure.steps) &&
    Array.isArray(body.updates) &&
    Array.isArray(body.allowed),
);
