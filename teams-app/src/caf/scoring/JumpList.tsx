import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useNarrowScreen } from '../../platform/components/use-narrow-screen';
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
  summary: {
    cursor: 'pointer',
    paddingBlock: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  opened: { marginBlockStart: tokens.spacingVerticalS },
});

/**
 * All 28 subcriteria with a done mark in words; the current one is marked for assistive technology
 * too. On a phone the list is folded under one line that says how many are done, so the current
 * subcriterion's score is on the first screen; a jump folds it again.
 */
export function JumpList({ codes, current, onJump }: JumpListProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const narrow = useNarrowScreen();
  const [unfolded, setUnfolded] = useState(false);
  const list = (
    <ol className={mergeClasses(styles.list, narrow && styles.opened)}>
      {codes.map(({ code, title, done }) => (
        <li key={code}>
          <Button
            className={styles.button}
            size="small"
            appearance={code === current ? 'primary' : 'secondary'}
            aria-current={code === current ? 'step' : undefined}
            title={title}
            onClick={() => {
              setUnfolded(false);
              onJump(code);
            }}
          >
            {done ? t('tab.caf.scoring.jumpDone', { code }) : t('tab.caf.scoring.jumpTodo', { code })}
          </Button>
        </li>
      ))}
    </ol>
  );
  return (
    <nav aria-label={t('tab.caf.scoring.jumpList')}>
      {narrow ? (
        <details open={unfolded} onToggle={(event) => setUnfolded(event.currentTarget.open)}>
          <summary className={styles.summary}>
            {t('tab.caf.scoring.jumpSummary', {
              done: codes.filter((item) => item.done).length,
              total: codes.length,
            })}
          </summary>
          {list}
        </details>
      ) : (
        list
      )}
    </nav>
  );
}
