import { useI18n } from '../../platform/i18n/i18n-context';
import type { FieldErrors } from './field-error';

/** The text of a field's message in the language on screen, or undefined when the field is fine. */
export function useFieldMessage(errors: FieldErrors): (path: string) => string | undefined {
  const { t } = useI18n();
  return (path) => {
    const error = errors[path];
    return error === undefined ? undefined : t(error.key, error.values);
  };
}
