import { Button, Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { DOCUMENT_LIMITS, formatDateTime } from '@kvalita/core';
import { useState } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { CommentsPanelProps } from './CommentsPanel.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '44rem' },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  who: { fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0, whiteSpace: 'pre-line' },
});

/** Reviewers' comments on the drafts, and a box for the person's own when the reply allows it. */
export function CommentsPanel({ comments, draftLabel, onSend }: CommentsPanelProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const send = async () => {
    if (text.trim() === '') {
      setError(t('tab.documents.detail.commentRequired'));
      return;
    }
    setBusy(true);
    const sent = await onSend(text.trim());
    setBusy(false);
    if (sent) setText('');
  };
  return (
    <div className={styles.root}>
      {comments.length === 0 ? (
        <p className={styles.text}>{t('tab.documents.detail.noComments')}</p>
      ) : (
        <ul className={styles.list}>
          {comments.map((comment) => (
            <li key={comment.id}>
              <div className={styles.who}>
                {t('tab.documents.detail.commentItem', {
                  name: comment.by?.displayName ?? t('tab.documents.detail.none'),
                  version: comment.versionLabel,
                  at: formatDateTime(locale, comment.at),
                })}
              </div>
              <p className={styles.text}>{comment.text}</p>
            </li>
          ))}
        </ul>
      )}
      {draftLabel !== null && (
        <>
          <Field
            label={t('tab.documents.detail.commentLabel', { version: draftLabel })}
            validationMessage={error}
          >
            <Textarea
              value={text}
              maxLength={DOCUMENT_LIMITS.comment}
              onChange={(_e, data) => {
                setText(data.value);
                setError(undefined);
              }}
            />
          </Field>
          <div>
            <Button disabled={busy} onClick={() => void send()}>
              {t('tab.documents.detail.commentSend')}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
