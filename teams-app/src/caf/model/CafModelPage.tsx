import { Body1, Title2, makeStaticStyles } from '@fluentui/react-components';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { CafModelPageProps, ModelContentProps } from './CafModelPage.types';
import { CriterionGroup } from './CriterionGroup';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { useCafModel } from './use-caf-model';

// Plain CSS under our own class names (see platform/components/PlainSelect): the first page.
const useStaticStyles = makeStaticStyles(`
.kv-model__heading { display: block; margin-bottom: var(--spacingVerticalS); }
.kv-model__text { margin: 0 0 var(--spacingVerticalM); }
.kv-model__group { display: block; margin: var(--spacingVerticalL) 0 var(--spacingVerticalM); }
`);

/** The CAF 2020 model: 9 criteria in two groups, each with its subcriteria. */
export function CafModelPage({ api }: CafModelPageProps) {
  const { t } = useI18n();
  useStaticStyles();
  const model = useCafModel(api);
  return (
    <>
      <Title2 as="h1" className="kv-model__heading">
        {t('tab.model.heading')}
      </Title2>
      {model.status === 'loading' && <Loading />}
      {model.status === 'error' && <LoadError error={model.error} onRetry={model.retry} />}
      {model.status === 'ready' && <ModelContent criteria={model.data.criteria} />}
    </>
  );
}

function ModelContent({ criteria }: ModelContentProps) {
  const { t } = useI18n();
  useStaticStyles();
  if (criteria.length === 0)
    return (
      <Body1 as="p" block className="kv-model__text">
        {t('tab.model.empty')}
      </Body1>
    );
  const subcriteria = criteria.reduce((count, criterion) => count + criterion.subcriteria.length, 0);
  return (
    <>
      <Body1 as="p" block className="kv-model__text">
        {t('tab.model.summary', { criteria: criteria.length, subcriteria })}
      </Body1>
      <CriterionGroup
        id="enablers"
        title={t('tab.model.enablers')}
        criteria={criteria.filter((criterion) => criterion.kind === 'enabler')}
      />
      <CriterionGroup
        id="results"
        title={t('tab.model.results')}
        criteria={criteria.filter((criterion) => criterion.kind === 'result')}
      />
    </>
  );
}
