import * as React from 'react';
import { formatDate, type DocumentSummary, type Locale } from '@kvalita/core';

import { classes } from '../measures-ui/styles';
import { documentClasses } from './styles';
import { fill, type DocumentsTexts } from './texts';

export interface DocumentsTableProps {
  readonly texts: DocumentsTexts;
  readonly locale: Locale;
  readonly items: readonly DocumentSummary[];
  readonly headingId: string;
  readonly onOpenVersions: (document: DocumentSummary) => void;
}

/** The register's rows: the title opens the effective file in SharePoint, a button lists its versions. */
export function DocumentsTable(props: DocumentsTableProps): React.ReactElement {
  const { texts, locale } = props;
  const date = (value: string | null): string => (value === null ? texts.NoValue : formatDate(locale, value));
  return (
    <div className={classes.scroller} role="group" aria-labelledby={props.headingId} tabIndex={0}>
      <table className={classes.table} aria-labelledby={props.headingId}>
        <thead>
          <tr>
            <th scope="col">{texts.ColumnCode}</th>
            <th scope="col">{texts.ColumnTitle}</th>
            <th scope="col">{texts.ColumnKind}</th>
            <th scope="col">{texts.ColumnVersion}</th>
            <th scope="col">{texts.ColumnEffectiveFrom}</th>
            <th scope="col">{texts.ColumnNextReview}</th>
            <th scope="col">{texts.ColumnOwner}</th>
            <th scope="col">{texts.ColumnVersions}</th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((item) => (
            <tr key={item.id}>
              <td className={documentClasses.code}>{item.code}</td>
              <th scope="row" className={classes.rowTitle}>
                {item.webUrl ? (
                  <a className={classes.linkButton} href={item.webUrl} target="_blank" rel="noopener noreferrer">
                    {item.title}
                  </a>
                ) : (
                  item.title
                )}
                {item.requiresAcknowledgement ? <div className={classes.secondary}>{texts.RequiresAcknowledgement}</div> : undefined}
              </th>
              <td>{texts.Kind[item.kind]}</td>
              <td>{item.versionLabel ?? texts.NoValue}</td>
              <td>{date(item.effectiveFrom)}</td>
              <td>
                {date(item.nextReviewDate)}
                {item.reviewOverdue ? <span className={classes.overdue}> ({texts.ReviewOverdue})</span> : undefined}
              </td>
              <td>{item.owner?.displayName ?? texts.NoValue}</td>
              <td>
                <button
                  type="button"
                  className={classes.linkButton}
                  aria-label={fill(texts.VersionsButtonOf, `${item.code} ${item.title}`)}
                  onClick={() => props.onOpenVersions(item)}
                >
                  {texts.VersionsButton}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
