import { makeStyles, tokens } from '@fluentui/react-components';
import type { RuleMessageProps } from './RuleMessage.types';

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1, margin: 0 },
});

/** A rule broken by a group of fields (a list too short, too long), said under the group. */
export function RuleMessage({ text, id }: RuleMessageProps) {
  const styles = useStyles();
  if (text === undefined) return null;
  return (
    <p id={id} role="alert" className={styles.error}>
      {text}
    </p>
  );
}
