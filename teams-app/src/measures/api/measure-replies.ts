// The measures replies' schemas on their own: measure-endpoints.ts imports this module with the
// first measures request, so the measures pages carry them and the tab's start does not download them.
export { measureDetailReplySchema, measureRegisterReplySchema } from '@kvalita/core/schemas';
