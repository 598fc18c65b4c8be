/** A row of a list as SharePoint's REST returns it with every column. */
export type RawRow = Record<string, unknown> & { Id: number; Created: string };

export interface Attribution {
  /** Text answers the attacker tied to a department. */
  readonly attributed: number;
  /** Answer values (text, score or department) readable on any row at all. */
  readonly readable: number;
}

const present = (value: unknown) => value !== null && value !== undefined && value !== '';

/**
 * The attack a site collection administrator can run on a raw answer list: rows of one submit are
 * written in one $batch, so they sit at adjacent IDs with the same Created second; a text row is
 * then tied to the department its neighbours carry. Counts what it ties and what it can read.
 */
export function siteAdminAttribution(rows: readonly RawRow[]): Attribution {
  const sorted = [...rows].sort((a, b) => a.Id - b.Id);
  const second = (row: RawRow) => row.Created.slice(0, 19);
  let attributed = 0;
  for (const [index, row] of sorted.entries()) {
    if (!present(row['TextAnswer'])) continue;
    const neighbours = [sorted[index - 1], sorted[index + 1]].filter(
      (other): other is RawRow => other !== undefined && second(other) === second(row),
    );
    if (neighbours.some((other) => present(other['DepartmentCode']))) attributed += 1;
  }
  const readable = sorted.filter((row) =>
    ['TextAnswer', 'Score', 'ChoiceAnswer', 'DepartmentCode'].some((column) => present(row[column])),
  ).length;
  return { attributed, readable };
}
