/** English texts of the tab's Dokumenty pages. */
export const documentsTabEn = {} as const;
