import { MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { Locale, SurveyDraft } from '@kvalita/core';
import { useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../platform/api/api.types';
import { useI18n } from '../platform/i18n/i18n-context';
import { errorText } from '../platform/components/error-text';
import { renderCard } from './card-renderer';

export interface CardPreviewProps {
  readonly api: ApiClient;
  readonly draft: SurveyDraft;
}

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  region: {
    flex: '1 1 18rem',
    maxWidth: '26rem',
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: '#ffffff',
    color: '#1f1f1f',
  },
  heading: { margin: `0 0 ${tokens.spacingVerticalS}`, fontSize: tokens.fontSizeBase300 },
});

/** The exact cards the bot would send (POST /api/surveys/preview), in Czech and in English. */
export function CardPreview({ api, draft }: CardPreviewProps) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      {(['cs', 'en'] as const).map((cardLocale) => (
        <OneCard key={cardLocale} api={api} draft={draft} cardLocale={cardLocale} className={styles.region} />
      ))}
    </div>
  );
}

function OneCard({
  api,
  draft,
  cardLocale,
  className,
}: CardPreviewProps & { readonly cardLocale: Locale; readonly className: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  const target = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<{ kind: 'loading' | 'ready' } | { kind: 'error'; message: string }>({
    kind: 'loading',
  });
  const headingId = `card-preview-${cardLocale}`;
  useEffect(() => {
    // A new draft mounts new previews (the editor keys them), so the state starts at 'loading'.
    const controller = new AbortController();
    api
      .previewSurveyCard(draft, cardLocale, controller.signal)
      .then(async (card) => {
        if (controller.signal.aborted || target.current === null) return;
        await renderCard(card, target.current, headingId);
        setState({ kind: 'ready' });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ kind: 'error', message: errorText(error, t) });
      });
    return () => controller.abort();
  }, [api, draft, cardLocale, headingId, t]);
  return (
    <section className={className} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {t(cardLocale === 'cs' ? 'tab.surveys.preview.cs' : 'tab.surveys.preview.en')}
      </h3>
      {state.kind === 'loading' && <Spinner size="tiny" label={t('tab.loading')} />}
      {state.kind === 'error' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      )}
      <div ref={target} />
    </section>
  );
}
