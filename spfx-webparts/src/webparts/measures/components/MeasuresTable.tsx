import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner, SpinnerSize } from '@fluentui/react/lib/Spinner';
import { getId } from '@fluentui/react/lib/Utilities';
import type { Locale } from '@kvalita/core';

import type { MeasuresLoadState } from '../model/load-state';
import { measuresTexts, toMeasureRows, type MeasureRow, type MeasuresTexts } from '../model/measure-rows';
import styles from './Measures.module.scss';

export interface MeasuresTableProps {
  readonly locale: Locale;
  readonly state: MeasuresLoadState;
}

/** An empty cell reads as "blank" to a screen reader; the dash is only for the eye. */
function OptionalText(props: { readonly text: string | undefined }): React.ReactElement {
  return props.text === undefined ? <span aria-hidden="true">—</span> : <>{props.text}</>;
}

function Row(props: { readonly row: MeasureRow }): React.ReactElement {
  const { row } = props;
  return (
    <tr>
      <th scope="row" className={styles.titleCell}>
        {row.title}
      </th>
      <td>{row.kind}</td>
      <td>
        <span className={`${styles.status} ${styles[row.status] ?? ''}`}>{row.statusLabel}</span>
      </td>
      <td>
        <OptionalText text={row.owner} />
      </td>
      <td>
        {row.deadlineIso === undefined ? (
          <OptionalText text={undefined} />
        ) : (
          <time dateTime={row.deadlineIso}>{row.deadline}</time>
        )}
      </td>
      <td>
        {row.subcriterionCode === undefined ? (
          <OptionalText text={undefined} />
        ) : (
          <>
            <span className={styles.code}>{row.subcriterionCode}</span>
            {row.subcriterionTitle === undefined ? undefined : (
              <span className={styles.secondary}> {row.subcriterionTitle}</span>
            )}
          </>
        )}
      </td>
    </tr>
  );
}

function Table(props: {
  readonly rows: readonly MeasureRow[];
  readonly texts: MeasuresTexts;
  readonly headingId: string;
}): React.ReactElement {
  const { columns } = props.texts;
  return (
    // A focusable region lets keyboard users scroll a table wider than a narrow page section.
    <div className={styles.scroller} role="region" aria-labelledby={props.headingId} tabIndex={0}>
      <table className={styles.table} aria-labelledby={props.headingId}>
        <thead>
          <tr>
            <th scope="col">{columns.title}</th>
            <th scope="col">{columns.kind}</th>
            <th scope="col">{columns.status}</th>
            <th scope="col">{columns.owner}</th>
            <th scope="col">{columns.deadline}</th>
            <th scope="col">{columns.subcriterion}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <Row key={row.id} row={row} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Body(props: {
  readonly state: MeasuresLoadState;
  readonly locale: Locale;
  readonly texts: MeasuresTexts;
  readonly headingId: string;
}): React.ReactElement {
  const { state, texts } = props;
  switch (state.kind) {
    case 'loading':
      return <Spinner size={SpinnerSize.medium} label={texts.loading} ariaLive="polite" />;
    case 'failed':
      return (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {texts.error}
        </MessageBar>
      );
    case 'loaded':
      return state.measures.length === 0 ? (
        <p className={styles.empty} role="status">
          {texts.empty}
        </p>
      ) : (
        <Table rows={toMeasureRows(state.measures, props.locale)} texts={texts} headingId={props.headingId} />
      );
  }
}

/** The Measures web part's view: a heading and, below it, the loading, error, empty or table state. */
export function MeasuresTable(props: MeasuresTableProps): React.ReactElement {
  const [headingId] = React.useState(() => getId('kvalita-measures-heading'));
  const texts = React.useMemo(() => measuresTexts(props.locale), [props.locale]);
  return (
    <section className={styles.measures}>
      <h2 id={headingId} className={styles.heading}>
        {texts.heading}
      </h2>
      <Body state={props.state} locale={props.locale} texts={texts} headingId={headingId} />
    </section>
  );
}
