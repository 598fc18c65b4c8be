import type {
  DatasetPreviewReply,
  DatasetStateReply,
  OpenDataOverviewReply,
  OpenDatasetKey,
  PublishReply,
  PublishRequest,
  SaveDatasetRequest,
} from '@kvalita/core';

/** The /api/opendata endpoints (core/src/opendata/contract.ts), in the contract's shapes. */
export interface OpenDataApi {
  /** The datasets as chosen, the office as published, the catalogue's address and the log. */
  getOpenDataOverview(signal?: AbortSignal): Promise<OpenDataOverviewReply>;
  /** Whether a dataset is published and how often, with the etag of its settings as shown. */
  saveOpenDataset(key: OpenDatasetKey, request: SaveDatasetRequest): Promise<DatasetStateReply>;
  /** The files as the next publication would write them, and what validation found. */
  getOpenDatasetPreview(key: OpenDatasetKey, signal?: AbortSignal): Promise<DatasetPreviewReply>;
  /** Publishes every chosen dataset and the catalogue; the same request id publishes once. */
  publishOpenData(request: PublishRequest): Promise<PublishReply>;
  /** The file that registers the catalogue in the national catalogue (NKOD). */
  downloadOpenDataRegistration(): Promise<Blob>;
}
