import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { DepartmentOption } from '@kvalita/core';
import { useEffect, useState } from 'react';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { NavTabs } from '../../platform/components/NavTabs';
import { useI18n } from '../../platform/i18n/i18n-context';
import { REGISTER_VIEWS } from '../register-settings';
import { tileFilter } from '../tile-filters';
import { useRegister } from '../use-register';
import { ExportButtons } from './ExportButtons';
import { MeasureBoard } from './MeasureBoard';
import { MeasureTable } from './MeasureTable';
import { MeasureTiles } from './MeasureTiles';
import { RegisterFilters } from './RegisterFilters';
import type { RegisterPageProps } from './RegisterPage.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  top: { display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  heading: { display: 'block', margin: 0 },
});

/** The register: tiles, filters and sort (remembered per person), table, board or "my measures", paging, export. */
export function RegisterPage({ api, me, go, departmentCode, storage, notice, today }: RegisterPageProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const register = useRegister(api, me.email, storage, departmentCode);
  const { settings, change, state } = register;
  const [departments, setDepartments] = useState<readonly DepartmentOption[] | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    api.getDepartments(controller.signal).then(setDepartments, () => setDepartments([]));
    return () => controller.abort();
  }, [api]);
  const thisYear = today.getFullYear();
  const years = [thisYear - 2, thisYear - 1, thisYear, thisYear + 1, thisYear + 2];
  const fixedName =
    departmentCode === null
      ? null
      : (departments?.find((department) => department.code === departmentCode)?.name ?? departmentCode);

  return (
    <div className={styles.root}>
      <div className={styles.top}>
        <Title2 as="h1" className={styles.heading}>
          {fixedName === null
            ? t('tab.measures.register.heading')
            : t('tab.measures.register.departmentHeading', { department: fixedName })}
        </Title2>
        {state.status === 'ready' && state.reply.mayCreate && (
          <Button appearance="primary" onClick={() => go({ kind: 'newMeasure' })}>
            {t('tab.measures.register.new')}
          </Button>
        )}
      </div>
      {notice !== null && (
        <MessageBar layout="multiline" intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'ready' && (
        <MeasureTiles
          tiles={state.reply.tiles}
          onSelect={(tile) =>
            change({
              view: settings.view === 'board' ? 'board' : 'table',
              filter: tileFilter(tile, settings.filter, thisYear),
            })
          }
        />
      )}
      <NavTabs
        label={t('tab.measures.view.label')}
        tabs={REGISTER_VIEWS.map((view) => ({ value: view, label: t(`tab.measures.view.${view}`) }))}
        selected={settings.view}
        onSelect={(view) => change({ ...settings, view })}
      />
      <RegisterFilters
        filter={settings.filter}
        onChange={(filter) => change({ ...settings, filter })}
        departments={departmentCode === null ? departments : null}
        years={years}
      />
      <ExportButtons api={api} filter={register.query} today={today} />
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <LoadError error={state.error} onRetry={register.retry} />}
      {state.status === 'ready' &&
        (state.items.length === 0 ? (
          <p>{t('tab.measures.empty')}</p>
        ) : settings.view === 'board' ? (
          <MeasureBoard items={state.items} />
        ) : (
          <MeasureTable items={state.items} total={state.reply.total} />
        ))}
      {state.status === 'ready' && state.reply.nextPage !== null && (
        <div>
          {state.loadingMore ? (
            <Spinner size="tiny" label={t('tab.loading')} />
          ) : (
            <Button onClick={register.loadMore}>{t('tab.measures.loadMore')}</Button>
          )}
        </div>
      )}
    </div>
  );
}
