import * as React from 'react';
import { formatDate, type Locale, type MeasureSummary } from '@kvalita/core';

import { classes } from './styles';
import type { MeasuresTexts } from './texts';

export interface RegisterViewProps {
  readonly texts: MeasuresTexts;
  readonly locale: Locale;
  readonly items: readonly MeasureSummary[];
  readonly headingId: string;
  readonly onOpen: (id: number) => void;
}

/** The measure's title as a button: Enter or Space opens its detail panel. */
export function OpenButton(props: {
  readonly item: MeasureSummary;
  readonly onOpen: (id: number) => void;
}): React.ReactElement {
  return (
    <button type="button" className={classes.linkButton} onClick={() => props.onOpen(props.item.id)}>
      {props.item.title}
    </button>
  );
}

export function Deadline(props: {
  readonly item: MeasureSummary;
  readonly texts: MeasuresTexts;
  readonly locale: Locale;
}): React.ReactElement {
  const { item } = props;
  return (
    <>
      <time dateTime={item.deadline}>{formatDate(props.locale, item.deadline)}</time>
      {item.overdue ? <span className={classes.overdue}> ({props.texts.Overdue})</span> : undefined}
    </>
  );
}

export function RegisterTable(props: RegisterViewProps): React.ReactElement {
  const { texts, locale } = props;
  return (
    // Focusable, so keyboard users can scroll a table wider than a narrow page section; a group, not a
    // second landmark named like the register's own.
    <div className={classes.scroller} role="group" aria-labelledby={props.headingId} tabIndex={0}>
      <table className={classes.table} aria-labelledby={props.headingId}>
        <thead>
          <tr>
            <th scope="col">{texts.ColumnTitle}</th>
            <th scope="col">{texts.ColumnStatus}</th>
            <th scope="col">{texts.ColumnPhase}</th>
            <th scope="col">{texts.ColumnDepartment}</th>
            <th scope="col">{texts.ColumnOwner}</th>
            <th scope="col">{texts.ColumnDeadline}</th>
            <th scope="col">{texts.ColumnProgress}</th>
            <th scope="col">{texts.ColumnSubcriterion}</th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((item) => (
            <tr key={item.id}>
              <th scope="row" className={classes.rowTitle}>
                <OpenButton item={item} onOpen={props.onOpen} />
              </th>
              <td>{texts.Status[item.status]}</td>
              <td>{texts.Phase[item.phase]}</td>
              <td>{item.departmentName ?? texts.NoValue}</td>
              <td>{item.owner?.displayName ?? texts.NoValue}</td>
              <td>
                <Deadline item={item} texts={texts} locale={locale} />
              </td>
              <td>{item.progress}&nbsp;%</td>
              <td>{item.subcriterionCode ?? texts.NoValue}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
