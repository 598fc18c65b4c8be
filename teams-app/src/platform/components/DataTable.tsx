import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export interface DataTableRow {
  readonly key: string;
  /** The row's first cell, a row header. */
  readonly header: ReactNode;
  readonly cells: readonly ReactNode[];
  /** The row a link pointed to: marked for assistive technology and by more than colour. */
  readonly current?: boolean;
}

export interface DataTableProps {
  readonly caption: string;
  /** Column headers, the first one for the row headers. */
  readonly columns: readonly string[];
  readonly rows: readonly DataTableRow[];
  readonly numericColumns?: readonly number[];
}

const useStyles = makeStyles({
  wrap: { maxWidth: '100%' },
  table: { borderCollapse: 'collapse', minWidth: '100%' },
  caption: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    paddingBlock: tokens.spacingVerticalS,
  },
  cell: {
    textAlign: 'start',
    verticalAlign: 'top',
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  numeric: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorCompoundBrandStroke}`,
    outlineOffset: `-${tokens.strokeWidthThick}`,
  },
});

/** A plain, semantic table (caption, column and row headers): what screen readers handle best. */
export function DataTable({ caption, columns, rows, numericColumns = [] }: DataTableProps) {
  const styles = useStyles();
  const cellClass = (column: number) =>
    numericColumns.includes(column) ? `${styles.cell} ${styles.numeric}` : styles.cell;
  return (
    <div className={styles.wrap}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={column} scope="col" className={cellClass(index)}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.key}
              className={row.current ? styles.current : undefined}
              aria-current={row.current ? 'true' : undefined}
            >
              <th scope="row" className={styles.cell}>
                {row.header}
              </th>
              {row.cells.map((cell, index) => (
                <td key={index} className={cellClass(index + 1)}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
