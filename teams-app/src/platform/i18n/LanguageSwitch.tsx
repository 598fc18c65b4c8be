import { isLocale, LOCALES } from '@kvalita/core';
import { PlainSelect } from '../components/PlainSelect';
import { useI18n } from './i18n-context';

/** A native select: fully keyboard-usable and announced by every screen reader. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <PlainSelect
      label={t('locale.switch')}
      value={locale}
      onChange={(value) => {
        if (isLocale(value)) setLocale(value);
      }}
    >
      {LOCALES.map((option) => (
        // Each language is named in itself, so its option carries its own lang.
        <option key={option} value={option} lang={option}>
          {t(`locale.${option}`)}
        </option>
      ))}
    </PlainSelect>
  );
}
