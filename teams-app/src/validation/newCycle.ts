// Core's cycle schema on its own: the build makes this a separate file, so zod is downloaded only
// when someone creates a cycle (build.ts explains why).
export { newCycleSchema } from '@kvalita/core';
