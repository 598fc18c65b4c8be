import { Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import {
  DOCUMENT_FILE_TYPES,
  DOCUMENT_KINDS,
  DOCUMENT_LIMITS,
  ISSUING_BODIES,
  type CafModel,
  type DocumentFileType,
  type DocumentKind,
  type IssuingBody,
} from '@kvalita/core';
import { useEffect, useState } from 'react';
import { DepartmentPicker } from '../../platform/components/DepartmentPicker';
import { useI18n } from '../../platform/i18n/i18n-context';
import { AcknowledgementFields } from './AcknowledgementFields';
import type { DocumentFormField, DocumentFormValues } from './document-form';
import type { DocumentFormProps } from './DocumentForm.types';
import { DocumentPeopleFields } from './DocumentPeopleFields';
import { SubcriteriaFields } from './SubcriteriaFields';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '44rem' },
});

type TextField = {
  [K in keyof DocumentFormValues]: DocumentFormValues[K] extends string ? K : never;
}[keyof DocumentFormValues];

const FILE_TYPES = Object.keys(DOCUMENT_FILE_TYPES) as DocumentFileType[];

/** Every field of a document's metadata, each with its rule break under it. */
export function DocumentForm({ api, values, onChange, errors, editing }: DocumentFormProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [model, setModel] = useState<CafModel | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    api.getCafModel(controller.signal).then(setModel, () => undefined);
    return () => controller.abort();
  }, [api]);
  const message = (field: DocumentFormField) => {
    const error = errors[field];
    return error === undefined ? undefined : t(error.key, error.values);
  };
  const set = <K extends keyof DocumentFormValues>(key: K, value: DocumentFormValues[K]) =>
    onChange({ ...values, [key]: value });
  const text = (
    field: TextField,
    label: string,
    options: { max: number; required?: boolean; long?: boolean; hint?: string; type?: 'text' | 'number' },
  ) => (
    <Field
      label={label}
      required={options.required === true}
      validationMessage={message(field)}
      hint={options.hint}
    >
      {options.long === true ? (
        <Textarea
          value={values[field]}
          maxLength={options.max}
          onChange={(_e, data) => set(field, data.value)}
        />
      ) : (
        <Input
          type={options.type ?? 'text'}
          value={values[field]}
          maxLength={options.max}
          onChange={(_e, data) => set(field, data.value)}
        />
      )}
    </Field>
  );
  const { min, max } = DOCUMENT_LIMITS.reviewIntervalMonths;

  return (
    <div className={styles.fields}>
      {text('code', t('tab.documents.form.code'), {
        max: DOCUMENT_LIMITS.code,
        required: true,
        hint: t('tab.documents.form.codeHint'),
      })}
      {text('title', t('tab.documents.form.title'), { max: DOCUMENT_LIMITS.title, required: true })}
      <Field label={t('tab.documents.form.kind')}>
        <Select value={values.kind} onChange={(_e, data) => set('kind', data.value as DocumentKind)}>
          {DOCUMENT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`tab.documents.kind.${kind}`)}
            </option>
          ))}
        </Select>
      </Field>
      {!editing && (
        <Field label={t('tab.documents.form.fileType')} hint={t('tab.documents.form.fileTypeHint')}>
          <Select
            value={values.fileType}
            onChange={(_e, data) => set('fileType', data.value as DocumentFileType)}
          >
            {FILE_TYPES.map((type) => (
              <option key={type} value={type}>
                {`.${type}`}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {text('description', t('tab.documents.form.description'), {
        max: DOCUMENT_LIMITS.description,
        long: true,
      })}
      <DocumentPeopleFields api={api} values={values} onChange={onChange} errors={errors} />
      <Field label={t('tab.documents.form.issuingBody')}>
        <Select
          value={values.issuingBody}
          onChange={(_e, data) => set('issuingBody', data.value as IssuingBody)}
        >
          {ISSUING_BODIES.map((body) => (
            <option key={body} value={body}>
              {t(`tab.documents.issuingBody.${body}`)}
            </option>
          ))}
        </Select>
      </Field>
      {text('issuingResolution', t('tab.documents.form.resolution'), { max: DOCUMENT_LIMITS.resolution })}
      <DepartmentPicker
        api={api}
        legend={t('tab.documents.form.departments')}
        selected={values.departmentCodes}
        onChange={(codes) => set('departmentCodes', codes)}
        validationMessage={message('departmentCodes')}
        errorId="document-departments-error"
      />
      {text('reviewIntervalMonths', t('tab.documents.form.reviewInterval'), {
        max: 2,
        required: true,
        type: 'number',
        hint: t('tab.documents.form.interval', { min, max }),
      })}
      <AcknowledgementFields api={api} values={values} onChange={onChange} errors={errors} />
      <SubcriteriaFields values={values} onChange={onChange} errors={errors} model={model} />
    </div>
  );
}
