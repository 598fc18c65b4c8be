import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { CafModel, DepartmentOption } from '@kvalita/core';
import { useEffect, useState } from 'react';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { useI18n } from '../../platform/i18n/i18n-context';
import { PlaceLink } from '../../platform/navigation/PlaceLink';
import { mayOpenOverview } from '../overview/may-open-overview';
import { DocumentFilters } from './DocumentFilters';
import type { DocumentRegisterPageProps } from './DocumentRegisterPage.types';
import { DocumentTable } from './DocumentTable';
import { PendingAcknowledgements } from './PendingAcknowledgements';
import { useDocumentRegister } from './use-document-register';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  top: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  heading: { display: 'block', margin: 0 },
  links: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** The register of controlled documents: what the person must confirm, filters (remembered), table, paging. */
export function DocumentRegisterPage({ api, me, go, storage, notice }: DocumentRegisterPageProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const register = useDocumentRegister(api, me.email, storage);
  const { state } = register;
  const [departments, setDepartments] = useState<readonly DepartmentOption[]>([]);
  const [model, setModel] = useState<CafModel | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    api.getDepartments(controller.signal).then(setDepartments, () => undefined);
    api.getCafModel(controller.signal).then(setModel, () => undefined);
    return () => controller.abort();
  }, [api]);

  return (
    <div className={styles.root}>
      <div className={styles.top}>
        <Title2 as="h1" className={styles.heading}>
          {t('tab.documents.register.heading')}
        </Title2>
        <div className={styles.links}>
          {mayOpenOverview(me.roles) && (
            <PlaceLink to={{ kind: 'documentsOverview' }}>{t('tab.documents.register.overview')}</PlaceLink>
          )}
          {state.status === 'ready' && state.reply.mayCreate && (
            <Button appearance="primary" onClick={() => go({ kind: 'newDocument' })}>
              {t('tab.documents.register.new')}
            </Button>
          )}
        </div>
      </div>
      {notice !== null && (
        <MessageBar layout="multiline" intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'ready' && (
        <PendingAcknowledgements
          api={api}
          count={state.reply.pendingAcknowledgements}
          onConfirmed={register.reload}
        />
      )}
      <DocumentFilters
        filter={register.filter}
        onChange={register.change}
        departments={departments}
        model={model}
      />
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <LoadError error={state.error} onRetry={register.reload} />}
      {state.status === 'ready' &&
        (state.items.length === 0 ? (
          <p>{t('tab.documents.empty')}</p>
        ) : (
          <DocumentTable items={state.items} total={state.reply.total} />
        ))}
      {state.status === 'ready' && state.reply.nextPage !== null && (
        <div>
          {state.loadingMore ? (
            <Spinner size="tiny" label={t('tab.loading')} />
          ) : (
            <Button onClick={register.loadMore}>{t('tab.documents.loadMore')}</Button>
          )}
        </div>
      )}
    </div>
  );
}
