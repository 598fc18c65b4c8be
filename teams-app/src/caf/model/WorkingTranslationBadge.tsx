import { makeStyles, shorthands, tokens, typographyStyles } from '@fluentui/react-components';
import { useI18n } from '../../platform/i18n/i18n-context';

/*
 * Fluent UI's small informative outline Badge, drawn with its own styles (react-badge's
 * useBadgeStyles for size small, shape circular, appearance outline, colour informative) instead of
 * the component: the model page shows it on many titles, and the Badge's code for every size,
 * shape and colour was a twentieth of the tab's start-up code.
 */
const useStyles = makeStyles({
  badge: {
    display: 'inline-flex',
    boxSizing: 'border-box',
    alignItems: 'center',
    justifyContent: 'center',
    position: 'relative',
    ...typographyStyles.caption2Strong,
    minWidth: '16px',
    height: '16px',
    padding: `0 calc(${tokens.spacingHorizontalXXS} + ${tokens.spacingHorizontalXXS})`,
    borderRadius: tokens.borderRadiusCircular,
    color: tokens.colorNeutralForeground3,
    ...shorthands.borderColor(tokens.colorNeutralStroke2),
    '::after': {
      content: '""',
      position: 'absolute',
      top: 0,
      left: 0,
      bottom: 0,
      right: 0,
      ...shorthands.borderStyle('solid'),
      ...shorthands.borderColor('inherit'),
      ...shorthands.borderWidth(tokens.strokeWidthThin),
      borderRadius: 'inherit',
    },
  },
});

/**
 * Marks a title that is our working translation. The badge shows a short label; screen readers
 * (and a mouse hover) get the full explanation as the note's name.
 */
export function WorkingTranslationBadge() {
  const { t } = useI18n();
  const styles = useStyles();
  const hint = t('tab.model.workingTranslation.hint');
  return (
    <div className={styles.badge} role="note" aria-label={hint} title={hint}>
      {t('tab.model.workingTranslation')}
    </div>
  );
}
