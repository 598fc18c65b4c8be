import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { JumpListProps } from './scoring.types';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(7.5rem, 1fr))',
    gap: tokens.spacingHorizontalXS,
  },
  button: { width: '100%', justifyContent: 'flex-start' },
});

/** All 28 subcriteria with a done mark in words; the current one is marked for assistive technology too. */
export function JumpList({ codes, current, onJump }: JumpListProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <nav aria-label={t('tab.caf.scoring.jumpList')}>
      <ol className={styles.list}>
        {codes.map(({ code, title, done }) => (
          <li key={code}>
            <Button
              className={styles.button}
              size="small"
              appearance={code === current ? 'primary' : 'secondary'}
              aria-current={code === current ? 'step' : undefined}
              title={title}
              onClick={() => onJump(code)}
            >
              {done ? t('tab.caf.scoring.jumpDone', { code }) : t('tab.caf.scoring.jumpTodo', { code })}
            </Button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
