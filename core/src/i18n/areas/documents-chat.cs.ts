/** Czech texts of the chat cards about documents. */
export const documentsChatCs = {} as const;
