import { cafModelSchema, demoPeopleReplySchema, meSchema, serviceConfigSchema } from '@kvalita/core/schemas';
import { describeSchema } from './describe-schema';

/**
 * The shapes of the replies the first page reads, derived from core's reply schemas. The build
 * replaces this module with the same shapes as data (bundle/reply-shapes-plugin.ts), so the tab's
 * start-up code carries neither zod nor the schemas; tests and type checks use it as it is.
 */
export const startReplyShapes = {
  serviceConfig: describeSchema(serviceConfigSchema),
  demoPeople: describeSchema(demoPeopleReplySchema),
  me: describeSchema(meSchema),
  cafModel: describeSchema(cafModelSchema),
};
