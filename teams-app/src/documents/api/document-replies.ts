// The documents replies' schemas on their own: document-endpoints.ts imports this module with the
// first documents request, so the documents pages carry them and the tab's start does not.
export {
  documentAcknowledgementsReplySchema,
  documentDetailReplySchema,
  documentEvidenceReplySchema,
  documentOverviewReplySchema,
  documentRegisterReplySchema,
  myAcknowledgementsReplySchema,
} from '@kvalita/core/schemas';
