import { useCallback } from 'react';
import type { ApiClient } from '../../platform/api/api.types';
import { useLoad } from '../../platform/load/use-load';

/** The office's department names by code, once loaded (a code shows as itself until then). */
export function useDepartmentNames(api: ApiClient): (code: string) => string {
  const departments = useLoad(useCallback((signal: AbortSignal) => api.getDepartments(signal), [api]));
  return (code) =>
    departments.status === 'ready' ? (departments.data.find((one) => one.code === code)?.name ?? code) : code;
}
