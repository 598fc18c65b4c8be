// The package's public surface: the typed client of the tab API, for contract tests and tools.
export type * from './platform/api/api.types';
export type * from './caf/api/caf.types';
export { ApiError, isApiError } from './platform/api/api-error';
export { createApiClient } from './platform/api/client';
