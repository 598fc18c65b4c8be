// The package's public surface: the typed client of the tab API, for contract tests and tools.
export type * from './api/api.types';
export type * from './api/caf.types';
export { ApiError, isApiError } from './api/apiError';
export { createApiClient } from './api/client';
