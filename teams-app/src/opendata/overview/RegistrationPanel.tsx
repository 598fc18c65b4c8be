import { Button, Link, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import { NKOD_REGISTRATION_FILE } from '@kvalita/core';
import type { ReactNode } from 'react';
import { errorText } from '../../platform/components/error-text';
import { useFileDownload } from '../../platform/components/use-file-download';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { RegistrationPanelProps } from './OverviewPage.types';

/** The national catalogue's form for registering a local catalogue. */
export const NKOD_REGISTRATION_FORM = 'https://data.gov.cz/formulář/registrace-lokálního-katalogu';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '48rem' },
  heading: { margin: 0 },
  text: { margin: 0 },
  steps: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  address: { overflowWrap: 'anywhere', fontFamily: tokens.fontFamilyMonospace },
  error: { color: tokens.colorPaletteRedForeground1, margin: 0 },
});

/** A catalogue text with a placeholder replaced by an element (a link, an address). */
function withParts(text: string, parts: Readonly<Record<string, ReactNode>>): ReactNode[] {
  return text.split(/(\{[a-z]+\})/).map((piece, index) => {
    const part = parts[piece.slice(1, -1)];
    return piece.startsWith('{') && part !== undefined ? <span key={index}>{part}</span> : piece;
  });
}

/** How to register the catalogue in NKOD, step by step, with the file to send. */
export function RegistrationPanel({ api, catalogueUrl }: RegistrationPanelProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { busy, failure, download } = useFileDownload(
    () => api.downloadOpenDataRegistration(),
    NKOD_REGISTRATION_FILE,
  );
  return (
    <section className={styles.root} aria-labelledby="opendata-registration">
      <Subtitle1 as="h2" id="opendata-registration" className={styles.heading}>
        {t('tab.opendata.registration.heading')}
      </Subtitle1>
      <p className={styles.text}>{t('tab.opendata.registration.intro')}</p>
      <ol className={styles.steps}>
        <li>
          {t('tab.opendata.registration.step1')}{' '}
          <Button disabled={busy} onClick={() => void download()}>
            {t('tab.opendata.registration.download')}
          </Button>
          {failure !== null && (
            <p role="alert" className={styles.error}>
              {t('tab.opendata.registration.failed', { reason: errorText(failure, t) })}
            </p>
          )}
        </li>
        <li>
          {withParts(t('tab.opendata.registration.step2'), {
            form: (
              <Link href={NKOD_REGISTRATION_FORM} target="_blank" rel="noreferrer">
                {t('tab.opendata.registration.form')}
              </Link>
            ),
            url: <code className={styles.address}>{catalogueUrl}</code>,
          })}
        </li>
        <li>{t('tab.opendata.registration.step3')}</li>
        <li>{t('tab.opendata.registration.step4')}</li>
      </ol>
    </section>
  );
}
