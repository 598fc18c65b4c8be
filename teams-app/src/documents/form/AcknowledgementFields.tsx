import { Checkbox, Radio, RadioGroup, Field, makeStyles, tokens } from '@fluentui/react-components';
import { ACKNOWLEDGEMENT_SCOPES, ROLES, type AcknowledgementScope, type Role } from '@kvalita/core';
import { useId } from 'react';
import { DepartmentPicker } from '../../platform/components/DepartmentPicker';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { AcknowledgementFieldsProps } from './DocumentForm.types';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Read-and-acknowledge: whether it is required and who must confirm (office, departments, roles). */
export function AcknowledgementFields({ api, values, onChange, errors }: AcknowledgementFieldsProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const rolesLegend = useId();
  const rolesError = useId();
  const departmentsError = errors.audienceDepartments;
  const roleError = errors.audienceRoles;
  return (
    <div className={styles.group}>
      <Checkbox
        label={t('tab.documents.form.requiresAcknowledgement')}
        checked={values.requiresAcknowledgement}
        onChange={(_e, data) => onChange({ ...values, requiresAcknowledgement: data.checked === true })}
      />
      {values.requiresAcknowledgement && (
        <>
          <Field label={t('tab.documents.form.audience')}>
            <RadioGroup
              value={values.audienceScope}
              onChange={(_e, data) =>
                onChange({ ...values, audienceScope: data.value as AcknowledgementScope })
              }
            >
              {ACKNOWLEDGEMENT_SCOPES.map((scope) => (
                <Radio key={scope} value={scope} label={t(`tab.documents.scope.${scope}`)} />
              ))}
            </RadioGroup>
          </Field>
          {values.audienceScope === 'departments' && (
            <DepartmentPicker
              api={api}
              legend={t('tab.documents.form.audienceDepartments')}
              selected={values.audienceDepartments}
              onChange={(codes) => onChange({ ...values, audienceDepartments: codes })}
              validationMessage={
                departmentsError === undefined ? undefined : t(departmentsError.key, departmentsError.values)
              }
              errorId="document-audience-departments-error"
            />
          )}
          {values.audienceScope === 'roles' && (
            <fieldset
              className={styles.fieldset}
              aria-labelledby={rolesLegend}
              aria-describedby={roleError === undefined ? undefined : rolesError}
            >
              <legend id={rolesLegend} className={styles.legend}>
                {t('tab.documents.form.audienceRoles')}
              </legend>
              {ROLES.map((role: Role) => (
                <Checkbox
                  key={role}
                  label={t(`tab.documents.role.${role}`)}
                  checked={values.audienceRoles.includes(role)}
                  onChange={(_e, data) =>
                    onChange({
                      ...values,
                      audienceRoles:
                        data.checked === true
                          ? [...values.audienceRoles, role]
                          : values.audienceRoles.filter((old) => old !== role),
                    })
                  }
                />
              ))}
              {roleError !== undefined && (
                <span id={rolesError} role="alert" className={styles.error}>
                  {t(roleError.key, roleError.values)}
                </span>
              )}
            </fieldset>
          )}
        </>
      )}
    </div>
  );
}
