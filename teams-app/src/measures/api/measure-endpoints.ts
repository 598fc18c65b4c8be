import type { MeasureFilter } from '@kvalita/core';
import type { Send } from '../../platform/api/client';
import { lazyReplies, fileOf } from '../../platform/api/read-reply';
import { measureQuery } from './measure-query';
import type { MeasureApi } from './measure.types';

const measure = (id: number) => `measures/${encodeURIComponent(String(id))}`;
const withQuery = (path: string, query: string) => (query === '' ? path : `${path}?${query}`);

/** The /api/measures endpoints (register, detail, changes, export, quarterly report). */
export function measureEndpoints(send: Send): MeasureApi {
  // The checks come with the first measures request: the measures pages are their own chunk.
  const json = lazyReplies(() => import('./measure-replies')).read;
  const detail = json((s) => s.measureDetailReplySchema);
  const change = (path: string, body: unknown) => send(path, { method: 'POST', body, read: detail });
  return {
    listRegister: (filter: MeasureFilter, signal) =>
      send(withQuery('measures', measureQuery(filter)), {
        signal,
        read: json((s) => s.measureRegisterReplySchema),
      }),
    getMeasure: (id, signal) => send(measure(id), { signal, read: detail }),
    createRegisterMeasure: (draft) => send('measures', { method: 'POST', body: draft, read: detail }),
    editMeasure: (id, request) => send(measure(id), { method: 'PUT', body: request, read: detail }),
    reportMeasureProgress: (id, request) => change(`${measure(id)}/progress`, request),
    transitionMeasure: (id, request) => change(`${measure(id)}/transition`, request),
    checkMeasureEffectiveness: (id, request) => change(`${measure(id)}/effectiveness`, request),
    exportMeasures: ({ page: _page, pageSize: _pageSize, ...filter }) =>
      // The whole register under the filter, not one page of it.
      send(withQuery('measures/export.xlsx', measureQuery(filter)), { read: fileOf }),
    downloadMeasuresReport: (year, quarter) =>
      send(`measures/report.docx?year=${year}&quarter=${quarter}`, { read: fileOf }),
  };
}
