// `@kvalita/core/schemas`: what checks data at run time. Reply schemas (zod/mini, small and
// tree-shakable: the tab reads every answer with them) and the new-cycle schema the tab's form
// shares with the service; request-body and storage schemas in full zod for the service.
export * from './platform/reply-schemas';
export * from './caf/reply-schemas';
export * from './caf/new-cycle-schema';
export * from './caf/request-schemas';
export * from './surveys/reply-schemas';
export * from './surveys/survey-schema';
export * from './surveys/card-data-schema';
export * from './platform/directory-schema';
export * from './platform/people-search-schema';
export * from './platform/etag-schema';
export * from './measures/measure-schema';
export * from './measures/request-schemas';
export * from './measures/reply-schemas';
export * from './documents/request-schemas';
export * from './documents/reply-schemas';
export * from './feedback/request-schemas';
export * from './feedback/card-data-schema';
export * from './feedback/reply-schemas';
export * from './feedback/query-schemas';
export * from './mystery/request-schemas';
export * from './mystery/reply-schemas';
export * from './opendata/request-schemas';
export * from './opendata/reply-schemas';
