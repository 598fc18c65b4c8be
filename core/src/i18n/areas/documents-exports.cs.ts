/** Czech texts of the documents' .xlsx export. */
export const documentsExportsCs = {} as const;
