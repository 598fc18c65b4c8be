/** Prints rows as an aligned two-or-more-column table (plain text, readable in any terminal or log). */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ');
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** A figure beside its target, e.g. "≤ 3 ✓" or "≤ 3 OVER", so a run shows at a glance what missed. */
export function verdict(value: number, target: number): string {
  return `≤ ${target} ${value <= target ? '✓' : 'OVER'}`;
}
