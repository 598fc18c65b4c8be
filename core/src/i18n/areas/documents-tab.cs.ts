/** Czech texts of the tab's Dokumenty pages. */
export const documentsTabCs = {} as const;
