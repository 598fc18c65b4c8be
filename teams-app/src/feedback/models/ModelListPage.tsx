import { Badge, Button } from '@fluentui/react-components';
import { useCallback } from 'react';
import { DataTable } from '../../platform/components/DataTable';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useLoad } from '../../platform/load/use-load';
import { dateText } from '../feedback-text';
import { FeedbackLink } from '../parts/FeedbackLink';
import { PageFrame } from '../../platform/components/PageFrame';
import { PageSection } from '../parts/PageSection';
import { ModelImport } from './ModelImport';
import type { ModelListPageProps } from './ModelListPage.types';

/** The competency models with their versions (newest first), "new model" and the .xlsx import. */
export function ModelListPage({ api, go, notice }: ModelListPageProps) {
  const { locale, t } = useI18n();
  const models = useLoad(useCallback((signal: AbortSignal) => api.listCompetencyModels(signal), [api]));
  const mayAuthor = models.status === 'ready' && models.data.mayAuthor;
  return (
    <PageFrame
      heading={t('tab.feedback.models.heading')}
      notice={notice}
      actions={
        mayAuthor && (
          <Button appearance="primary" onClick={() => go({ page: 'model', modelId: null })}>
            {t('tab.feedback.models.new')}
          </Button>
        )
      }
    >
      {models.status === 'loading' && <Loading />}
      {models.status === 'error' && <LoadError error={models.error} onRetry={models.retry} />}
      {models.status === 'ready' &&
        (models.data.items.length === 0 ? (
          <p>{t('tab.feedback.models.empty')}</p>
        ) : (
          <DataTable
            caption={t('tab.feedback.models.caption', { count: models.data.items.length })}
            columns={[
              t('tab.feedback.models.name'),
              t('tab.feedback.models.version'),
              t('tab.feedback.models.state'),
              t('tab.feedback.models.competencies'),
              t('tab.feedback.models.behaviours'),
              t('tab.feedback.models.modified'),
            ]}
            numericColumns={[1, 3, 4]}
            rows={models.data.items.map((item) => ({
              key: String(item.id),
              header: (
                <FeedbackLink to={{ page: 'model', modelId: item.id }}>
                  {t('tab.feedback.models.link', { name: item.name, version: item.version })}
                </FeedbackLink>
              ),
              cells: [
                String(item.version),
                <>
                  {t(item.frozen ? 'tab.feedback.models.frozen' : 'tab.feedback.models.editable')}{' '}
                  {!item.latest && (
                    <Badge appearance="outline" color="informative">
                      {t('tab.feedback.models.older')}
                    </Badge>
                  )}
                </>,
                String(item.competencies),
                String(item.behaviours),
                dateText(locale, item.modifiedAt),
              ],
            }))}
          />
        ))}
      {mayAuthor && (
        <PageSection heading={t('tab.feedback.models.importHeading')}>
          <ModelImport api={api} go={go} />
        </PageSection>
      )}
    </PageFrame>
  );
}
