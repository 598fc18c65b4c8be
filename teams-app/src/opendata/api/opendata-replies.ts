// Open data's reply schemas on their own: opendata-endpoints.ts imports this module with the first
// open data request, so the open data pages carry them and the tab's start does not.
export {
  datasetPreviewReplySchema,
  datasetStateReplySchema,
  openDataOverviewReplySchema,
  publishReplySchema,
} from '@kvalita/core/schemas';
