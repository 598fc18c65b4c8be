import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { Spinner } from '@fluentui/react/lib/Spinner';
import { getId } from '@fluentui/react/lib/Utilities';
import { MEASURE_LIMITS, type MeasureRegisterReply, type MeasureSummary, type MeasureTiles } from '@kvalita/core';

import type { MeasuresApi } from '../measures-api/measures-api';
import { BarChart } from './BarChart';
import { countByCriterion, countByStatus } from './chart-counts';
import { errorText } from './errors';
import { classes } from './styles';
import { fill, type MeasuresTexts } from './texts';

export interface MeasuresDashboardProps {
  readonly api: MeasuresApi;
  readonly texts: MeasuresTexts;
  /** The property pane's department, or all the person may see. */
  readonly departmentCode: string | undefined;
  /** How many pages of the register the charts count at most (each page the API's largest). */
  readonly maxPages?: number;
}

interface Loaded {
  readonly tiles: MeasureTiles;
  readonly items: readonly MeasureSummary[];
  readonly total: number;
}

type DashboardState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | ({ readonly kind: 'loaded' } & Loaded);

const TILE_KEYS: readonly (keyof MeasureTiles)[] = ['open', 'overdue', 'dueSoon', 'awaitingCheck', 'closedThisYear'];

async function loadAll(api: MeasuresApi, departmentCode: string | undefined, maxPages: number): Promise<Loaded> {
  const base = { ...(departmentCode ? { departmentCode } : {}), pageSize: MEASURE_LIMITS.pageSize.max };
  let reply: MeasureRegisterReply = await api.listMeasures(base);
  const first = reply;
  const items = [...reply.items];
  for (let page = 1; page < maxPages && reply.nextPage !== null; page += 1) {
    reply = await api.listMeasures({ ...base, page: reply.nextPage });
    items.push(...reply.items);
  }
  return { tiles: first.tiles, items, total: first.total };
}

/** Přehled opatření: the register's tiles and the measures by status and by CAF criterion. */
export function MeasuresDashboard(props: MeasuresDashboardProps): React.ReactElement {
  const { api, texts, departmentCode } = props;
  const maxPages = props.maxPages ?? 10;
  const [headingId] = React.useState(() => getId('kvalita-dashboard-heading'));
  const [state, setState] = React.useState<DashboardState>({ kind: 'loading' });

  React.useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    loadAll(api, departmentCode, maxPages).then(
      (loaded) => current && setState({ kind: 'loaded', ...loaded }),
      (error: unknown) => current && setState({ kind: 'failed', message: errorText(error) }),
    );
    return () => {
      current = false;
    };
  }, [api, departmentCode, maxPages]);

  return (
    <section className={classes.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={classes.heading}>
        {texts.DashboardHeading}
      </h2>
      {state.kind === 'loading' ? <Spinner label={texts.Loading} ariaLive="polite" /> : undefined}
      {state.kind === 'failed' ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {fill(texts.LoadFailed, state.message)}
        </MessageBar>
      ) : undefined}
      {state.kind === 'loaded' ? (
        <>
          <ul className={classes.tiles}>
            {TILE_KEYS.map((key) => (
              <li key={key} className={classes.tile}>
                <span className={classes.tileValue}>{state.tiles[key]}</span>
                <span>{texts.Tiles[key]}</span>
              </li>
            ))}
          </ul>
          <BarChart
            texts={texts}
            title={texts.ChartByStatus}
            bars={countByStatus(state.items, (status) => texts.Status[status])}
          />
          <BarChart
            texts={texts}
            title={texts.ChartByCriterion}
            bars={countByCriterion(
              state.items,
              (criterion) => fill(texts.CriterionLabel, criterion),
              texts.NoCriterion,
            )}
          />
          <p className={classes.secondary}>{fill(texts.ChartCounted, state.items.length)}</p>
        </>
      ) : undefined}
    </section>
  );
}
