import type { OpenDatasetKey } from '@kvalita/core';
import type { Send } from '../../platform/api/client';
import { fileOf, lazyReplies } from '../../platform/api/read-reply';
import type { OpenDataApi } from './opendata.types';

const dataset = (key: OpenDatasetKey) => `opendata/datasets/${encodeURIComponent(key)}`;

/** The /api/opendata endpoints: the overview, a dataset's settings and preview, publishing, the registration file. */
export function openDataEndpoints(send: Send): OpenDataApi {
  // The checks come with the first open data request: the open data pages are their own chunk.
  const json = lazyReplies(() => import('./opendata-replies')).read;
  return {
    getOpenDataOverview: (signal) =>
      send('opendata', { signal, read: json((s) => s.openDataOverviewReplySchema) }),
    saveOpenDataset: (key, request) =>
      send(dataset(key), { method: 'PUT', body: request, read: json((s) => s.datasetStateReplySchema) }),
    getOpenDatasetPreview: (key, signal) =>
      send(`${dataset(key)}/preview`, { signal, read: json((s) => s.datasetPreviewReplySchema) }),
    publishOpenData: (request) =>
      send('opendata/publish', { method: 'POST', body: request, read: json((s) => s.publishReplySchema) }),
    downloadOpenDataRegistration: () => send('opendata/registration', { read: fileOf }),
  };
}
