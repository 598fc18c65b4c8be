import { Badge } from '@fluentui/react-components';
import { useI18n } from '../../platform/i18n/i18n-context';

/**
 * Marks a title that is our working translation. The badge shows a short label; screen readers
 * (and a mouse hover) get the full explanation as the note's name.
 */
export function WorkingTranslationBadge() {
  const { t } = useI18n();
  const hint = t('tab.model.workingTranslation.hint');
  return (
    <Badge appearance="outline" color="informative" size="small" role="note" aria-label={hint} title={hint}>
      {t('tab.model.workingTranslation')}
    </Badge>
  );
}
