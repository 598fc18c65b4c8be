import { Checkbox, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { DepartmentOption } from '@kvalita/core';
import type { ApiClient } from '../api/api.types';
import { useI18n } from '../i18n/i18n-context';
import { errorText } from './error-text';

export interface DepartmentPickerProps {
  readonly api: ApiClient;
  /** Selected department codes. */
  readonly selected: readonly string[];
  readonly onChange: (codes: string[]) => void;
  readonly validationMessage: string | undefined;
  /** The group's name; by default "Departments". */
  readonly legend?: string;
  /** Id of the message element, unique on the page. */
  readonly errorId?: string;
}

const useStyles = makeStyles({
  fieldset: {
    border: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/**
 * The office's departments as checkboxes, loaded from the service; sections indented under their
 * department. Used wherever a scope or audience is a set of departments (CAF cycles, surveys).
 */
export function DepartmentPicker({
  api,
  selected,
  onChange,
  validationMessage,
  legend,
  errorId = 'departments-error',
}: DepartmentPickerProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [departments, setDepartments] = useState<readonly DepartmentOption[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    api.getDepartments(controller.signal).then(setDepartments, (error: unknown) => {
      if (!controller.signal.aborted) setFailure(errorText(error, t));
    });
    return () => controller.abort();
  }, [api, t]);

  const toggle = (code: string, checked: boolean) =>
    onChange(checked ? [...selected, code] : selected.filter((candidate) => candidate !== code));

  // A fieldset, not a Fluent Field: Field gives every control inside it the same id.
  const message = failure ?? validationMessage;
  return (
    <fieldset className={styles.fieldset} aria-describedby={message ? errorId : undefined}>
      <legend className={styles.legend}>{legend ?? t('tab.caf.create.departments')}</legend>
      {departments === null && failure === null ? (
        <Spinner size="tiny" label={t('tab.loading')} />
      ) : (
        (departments ?? []).map((department) => (
          <Checkbox
            key={department.code}
            label={`${department.parentCode ? '— ' : ''}${department.name} (${department.code})`}
            checked={selected.includes(department.code)}
            onChange={(_event, data) => toggle(department.code, data.checked === true)}
          />
        ))
      )}
      {message && (
        <span id={errorId} role="alert" className={styles.error}>
          {message}
        </span>
      )}
    </fieldset>
  );
}
