import type { CafModel, DemoPeopleReply, Me, ServiceConfig } from '@kvalita/core';
import { shapeSchema } from './reply-shape';
import { startReplyShapes } from './start-reply-shapes';

/** The first page's replies, checked without zod (see reply-shape.ts); every other reply uses zod. */
export const startReplies = {
  serviceConfig: shapeSchema<ServiceConfig>(startReplyShapes.serviceConfig),
  demoPeople: shapeSchema<DemoPeopleReply>(startReplyShapes.demoPeople),
  me: shapeSchema<Me>(startReplyShapes.me),
  cafModel: shapeSchema<CafModel>(startReplyShapes.cafModel),
};
