import { isLocale, LOCALES } from '@kvalita/core';
import { Field, Select } from '@fluentui/react-components';
import { useI18n } from './i18n-context';

/** A native select: fully keyboard-usable and announced by every screen reader. */
export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <Field label={t('locale.switch')}>
      <Select
        value={locale}
        onChange={(_event, data) => {
          if (isLocale(data.value)) setLocale(data.value);
        }}
      >
        {LOCALES.map((option) => (
          // Each language is named in itself, so its option carries its own lang.
          <option key={option} value={option} lang={option}>
            {t(`locale.${option}`)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
