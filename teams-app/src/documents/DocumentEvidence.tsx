import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { ApiClient } from '../platform/api/api.types';
import { useI18n } from '../platform/i18n/i18n-context';
import { useLoad } from '../platform/load/use-load';
import { PlaceLink } from '../platform/navigation/PlaceLink';
import { dateText } from './document-text';

export interface DocumentEvidenceProps {
  readonly api: Pick<ApiClient, 'getDocumentEvidence'>;
  /** The subcriterion being scored. */
  readonly code: string;
}

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  line: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/**
 * The effective controlled documents that are evidence for this subcriterion (GET
 * /api/documents/evidence), made for embedding on the CAF scoring page. The list is read once for
 * all subcriteria; nothing shows where there is none, nor when it cannot be loaded (a help for
 * scoring, not a step of it).
 */
export function DocumentEvidence({ api, code }: DocumentEvidenceProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const evidence = useLoad(useCallback((signal: AbortSignal) => api.getDocumentEvidence(signal), [api]));
  if (evidence.status !== 'ready') return null;
  const documents = evidence.data.bySubcriterion[code] ?? [];
  if (documents.length === 0) return null;
  const headingId = `document-evidence-${code.replace('.', '-')}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('tab.documents.evidence.heading')}</h3>
      <ul className={styles.list}>
        {documents.map((document) => (
          <li key={document.documentId}>
            <span className={styles.line}>
              <PlaceLink to={{ kind: 'document', documentId: document.documentId, page: 'detail' }}>
                {`${document.code} ${document.title}`}
              </PlaceLink>
              <span>
                {t('tab.documents.evidence.item', {
                  kind: t(`tab.documents.kind.${document.kind}`),
                  version: document.versionLabel,
                  date: dateText(locale, document.effectiveFrom),
                })}
              </span>
              {document.webUrl !== null && (
                <Link href={document.webUrl} target="_blank" rel="noreferrer">
                  {t('tab.documents.pending.open', { code: document.code })}
                </Link>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
