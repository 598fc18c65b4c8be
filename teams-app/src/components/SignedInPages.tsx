import { makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, lazy, useState } from 'react';
import type { ApiClient } from '../api/api.types';
import { useI18n } from '../i18n/I18nContext';
import { CafModelPage } from './CafModelPage';
import { Loading } from './Loading';
import { NavTabs } from './NavTabs';

// The self-assessment pages are their own chunk: the model page does not pay for them.
const CafSection = lazy(() => import('./caf/CafSection'));

type Page = 'model' | 'selfAssessment';

const useStyles = makeStyles({
  nav: { marginBlockEnd: tokens.spacingVerticalL },
});

export interface SignedInPagesProps {
  readonly api: ApiClient;
}

/** The tab's two areas: the CAF model and the self-assessment cycles. */
export function SignedInPages({ api }: SignedInPagesProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [page, setPage] = useState<Page>('model');
  return (
    <>
      <div className={styles.nav}>
        <NavTabs
          label={t('tab.caf.nav.label')}
          tabs={[
            { value: 'model', label: t('tab.caf.nav.model') },
            { value: 'selfAssessment', label: t('tab.caf.nav.selfAssessment') },
          ]}
          selected={page}
          onSelect={setPage}
        />
      </div>
      {page === 'model' ? (
        <CafModelPage api={api} />
      ) : (
        <Suspense fallback={<Loading />}>
          <CafSection api={api} />
        </Suspense>
      )}
    </>
  );
}
