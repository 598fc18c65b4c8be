import { Button, Field, Input, Link, makeStyles, tokens } from '@fluentui/react-components';
import { CAF_LIMITS } from '@kvalita/core';
import { useState } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { EvidenceListProps } from './scoring.types';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  add: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
});

function isHttpsUrl(text: string): boolean {
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Links to the documents that support the score (title + https URL), added and removed one by one. */
export function EvidenceList({ idPrefix, evidence, readOnly, onChange }: EvidenceListProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [errors, setErrors] = useState<{ title?: string; url?: string }>({});
  const headingId = `${idPrefix}-evidence`;

  const add = () => {
    const next = {
      ...(title.trim() === '' ? { title: t('tab.caf.evidence.error.title') } : {}),
      ...(isHttpsUrl(url.trim()) ? {} : { url: t('tab.caf.evidence.error.url') }),
    };
    setErrors(next);
    if (next.title !== undefined || next.url !== undefined) return;
    onChange([...evidence, { title: title.trim(), url: url.trim() }]);
    setTitle('');
    setUrl('');
  };

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('tab.caf.evidence.heading')}</h3>
      {evidence.length === 0 ? (
        <p>{t('tab.caf.evidence.empty')}</p>
      ) : (
        <ul className={styles.list}>
          {evidence.map((link, index) => (
            <li key={`${link.url}-${index}`} className={styles.item}>
              <Link href={link.url} target="_blank" rel="noreferrer">
                {link.title}
              </Link>
              {!readOnly && (
                <Button
                  size="small"
                  aria-label={t('tab.caf.evidence.remove', { title: link.title })}
                  onClick={() => onChange(evidence.filter((_, position) => position !== index))}
                >
                  {t('tab.caf.evidence.removeShort')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && evidence.length < CAF_LIMITS.evidenceLinks && (
        <div className={styles.add}>
          <Field
            label={t('tab.caf.evidence.title')}
            validationMessage={errors.title}
            validationState={errors.title === undefined ? 'none' : 'error'}
          >
            <Input value={title} onChange={(_event, data) => setTitle(data.value)} />
          </Field>
          <Field
            label={t('tab.caf.evidence.url')}
            hint={t('tab.caf.evidence.urlHint')}
            validationMessage={errors.url}
            validationState={errors.url === undefined ? 'none' : 'error'}
          >
            <Input type="url" value={url} onChange={(_event, data) => setUrl(data.value)} />
          </Field>
          <Button onClick={add}>{t('tab.caf.evidence.add')}</Button>
        </div>
      )}
    </section>
  );
}
