/**
 * OData string literal for $filter: single quotes are doubled, as SharePoint expects, so a value
 * can never close the literal and inject its own filter (e.g. "x' or 1 eq 1").
 */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
