/** English texts of the documents' .xlsx export. */
export const documentsExportsEn = {} as const;
