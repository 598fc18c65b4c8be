import * as React from 'react';
import { PDCA_PHASES } from '@kvalita/core';

import { Deadline, OpenButton, type RegisterViewProps } from './RegisterTable';
import { classes } from './styles';
import { fill } from './texts';

/** The register as a board: one column per PDCA phase, a card per measure. */
export function RegisterBoard(props: RegisterViewProps): React.ReactElement {
  const { texts } = props;
  return (
    <div className={classes.board}>
      {PDCA_PHASES.map((phase) => {
        const items = props.items.filter((item) => item.phase === phase);
        const columnId = `${props.headingId}-${phase}`;
        return (
          <section key={phase} className={classes.boardColumn} aria-labelledby={columnId}>
            <h3 id={columnId} className={classes.subheading}>
              {fill(texts.BoardColumn, texts.Phase[phase])} ({items.length})
            </h3>
            <ul className={classes.boardList}>
              {items.map((item) => (
                <li key={item.id} className={classes.card}>
                  <OpenButton item={item} onOpen={props.onOpen} />
                  <div className={classes.secondary}>
                    {texts.Status[item.status]} · {item.owner?.displayName ?? texts.NoValue} · {item.progress}&nbsp;%
                  </div>
                  <div>
                    <Deadline item={item} texts={texts} locale={props.locale} />
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
