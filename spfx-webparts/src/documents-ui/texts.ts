/** The documents web parts' texts (loc/default.js Czech, loc/en-us.js English), passed down as a prop. */
export type DocumentsTexts = IDocumentsWebPartStrings;

export { fill } from '../measures-ui/texts';
