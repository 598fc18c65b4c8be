/** English texts of the chat cards about documents. */
export const documentsChatEn = {} as const;
