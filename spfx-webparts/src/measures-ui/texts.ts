/** The web parts' texts (loc/default.js Czech, loc/en-us.js English), passed down as a prop. */
export type MeasuresTexts = IMeasuresWebPartStrings;

/** Puts values into a text's {0}, {1}… places. */
export function fill(template: string, ...values: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? whole : String(value);
  });
}
