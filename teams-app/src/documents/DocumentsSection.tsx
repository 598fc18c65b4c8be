import { useCallback, useState } from 'react';
import { LoadError } from '../platform/components/LoadError';
import { Loading } from '../platform/components/Loading';
import { useI18n } from '../platform/i18n/i18n-context';
import { useLoad } from '../platform/load/use-load';
import { useSectionNavigation } from '../platform/navigation/use-section-navigation';
import { browserStorage } from '../platform/session/browser-storage';
import { DocumentDetailPage } from './detail/DocumentDetailPage';
import type { DocumentsSectionProps } from './documents.types';
import { DocumentFormPage } from './form/DocumentFormPage';
import { DocumentOverviewPage } from './overview/DocumentOverviewPage';
import { DocumentRegisterPage } from './register/DocumentRegisterPage';

/**
 * The controlled documents part of the tab (its own chunk): the register with the person's
 * documents to confirm, a document's page with its workflow, the create and edit form, and the
 * quality manager's overview.
 */
export function DocumentsSection({ api, storage }: DocumentsSectionProps) {
  const { t } = useI18n();
  const { place, go, notice } = useSectionNavigation();
  const [kept] = useState(() => (storage === undefined ? browserStorage() : storage));
  const me = useLoad(useCallback((signal: AbortSignal) => api.getMe(signal), [api]));
  if (me.status === 'loading') return <Loading />;
  if (me.status === 'error') return <LoadError error={me.error} onRetry={me.retry} />;
  const props = { api, me: me.data, go };
  const noticeText = notice === null ? null : t(notice);
  switch (place.kind) {
    case 'newDocument':
      return <DocumentFormPage key="new" {...props} documentId={null} />;
    case 'document':
      return place.page === 'edit' ? (
        <DocumentFormPage key={`edit-${place.documentId}`} {...props} documentId={place.documentId} />
      ) : (
        <DocumentDetailPage
          key={place.documentId}
          {...props}
          documentId={place.documentId}
          notice={noticeText}
        />
      );
    case 'documentsOverview':
      return <DocumentOverviewPage api={api} />;
    default:
      return <DocumentRegisterPage {...props} storage={kept} notice={noticeText} />;
  }
}

export default DocumentsSection;
