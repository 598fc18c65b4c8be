import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { SurveyDraft } from '@kvalita/core';
import { useCallback } from 'react';
import type { ApiClient } from '../platform/api/api.types';
import { useI18n } from '../platform/i18n/i18n-context';
import { useLoad } from '../platform/load/use-load';
import { LoadError } from '../platform/components/LoadError';
import { Loading } from '../platform/components/Loading';
import { textIn } from './survey-text';

export interface TemplatePickerProps {
  readonly api: ApiClient;
  /** A template's draft, or null for a survey from scratch. */
  readonly onChoose: (draft: SurveyDraft | null) => void;
}

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(16rem, 1fr))',
    gap: tokens.spacingHorizontalL,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  name: { margin: 0, fontSize: tokens.fontSizeBase400 },
  description: { margin: 0, flexGrow: 1 },
});

/** Start from one of the templates (name, what it asks) or from scratch. */
export function TemplatePicker({ api, onChoose }: TemplatePickerProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const load = useCallback((signal: AbortSignal) => api.getSurveyTemplates(signal), [api]);
  const templates = useLoad(load);
  if (templates.status === 'loading') return <Loading />;
  if (templates.status === 'error') return <LoadError error={templates.error} onRetry={templates.retry} />;
  return (
    <section aria-labelledby="survey-templates-heading">
      <h2 id="survey-templates-heading">{t('tab.surveys.templates.heading')}</h2>
      <ul className={styles.list}>
        {templates.data.map((template) => {
          const name = textIn(locale, template.name);
          return (
            <li key={template.id} className={styles.card}>
              <h3 className={styles.name}>{name}</h3>
              <p className={styles.description}>{textIn(locale, template.description)}</p>
              <div>
                <Button
                  aria-label={t('tab.surveys.templates.use', { name })}
                  onClick={() => onChoose(template.draft)}
                >
                  {t('tab.surveys.templates.useShort')}
                </Button>
              </div>
            </li>
          );
        })}
        <li className={styles.card}>
          <h3 className={styles.name}>{t('tab.surveys.templates.scratch')}</h3>
          <p className={styles.description}>{t('tab.surveys.templates.scratchDescription')}</p>
          <div>
            <Button onClick={() => onChoose(null)}>{t('tab.surveys.templates.scratchStart')}</Button>
          </div>
        </li>
      </ul>
    </section>
  );
}
