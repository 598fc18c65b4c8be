import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CAF_LIMITS, type DemoPerson, MEASURE_KINDS, type MeasureKind } from '@kvalita/core';
import { useEffect, useState } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import { errorText } from '../../platform/components/error-text';
import { ModalDialog } from '../../platform/components/ModalDialog';
import { useModelIndex } from '../../platform/components/use-model-index';
import type { MeasureDialogProps, MeasureRequest } from './MeasureDialog.types';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface FormErrors {
  title?: string;
  ownerEmail?: string;
  deadline?: string;
}

/** "Create a measure" from an area for improvement: lands in the office's Measures list. */
export function MeasureDialog(props: MeasureDialogProps) {
  // A fresh form for every request: nothing typed for one measure leaks into the next.
  return props.request === null ? null : <OpenMeasureDialog {...props} request={props.request} />;
}

function OpenMeasureDialog({
  api,
  cycleId,
  request,
  onClose,
  onCreated,
}: MeasureDialogProps & { readonly request: MeasureRequest }) {
  const { t } = useI18n();
  const styles = useStyles();
  const model = useModelIndex();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<MeasureKind>('improvement');
  const [ownerEmail, setOwnerEmail] = useState('');
  const [deadline, setDeadline] = useState('');
  const [code, setCode] = useState(request.subcriterionCode);
  const [description, setDescription] = useState(request.description);
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [people, setPeople] = useState<readonly DemoPerson[]>([]);

  // The demo directory offers owners in local mode; elsewhere any e-mail can be typed.
  useEffect(() => {
    let current = true;
    api.getDemoPeople().then(
      (found) => current && setPeople(found),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api]);

  const submit = async () => {
    const next: FormErrors = {
      ...(title.trim().length < CAF_LIMITS.measureTitleMin
        ? { title: t('tab.caf.measure.error.title') }
        : {}),
      ...(EMAIL.test(ownerEmail.trim()) ? {} : { ownerEmail: t('tab.caf.measure.error.owner') }),
      ...(/^\d{4}-\d{2}-\d{2}$/.test(deadline) ? {} : { deadline: t('tab.caf.measure.error.deadline') }),
    };
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    setBusy(true);
    setFailure(null);
    try {
      const measure = await api.createMeasure(cycleId, {
        title: title.trim(),
        kind,
        ownerEmail: ownerEmail.trim(),
        deadline,
        subcriterionCode: code,
        description,
      });
      onCreated(measure);
    } catch (error) {
      setFailure(errorText(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      title={t('tab.caf.measure.dialogTitle')}
      onDismiss={onClose}
      actions={
        <>
          <Button onClick={onClose}>{t('tab.caf.cancel')}</Button>
          <Button appearance="primary" disabled={busy} onClick={() => void submit()}>
            {t('tab.caf.measure.submit')}
          </Button>
        </>
      }
    >
      <div className={styles.form}>
        <Field label={t('tab.caf.measure.title')} required validationMessage={errors.title}>
          <Input value={title} onChange={(_event, data) => setTitle(data.value)} />
        </Field>
        <Field label={t('tab.caf.measure.kind')}>
          <Select value={kind} onChange={(_event, data) => setKind(data.value as MeasureKind)}>
            {MEASURE_KINDS.map((option) => (
              <option key={option} value={option}>
                {t(`measures.kind.${option}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={t('tab.caf.measure.owner')}
          hint={t('tab.caf.measure.ownerHint')}
          required
          validationMessage={errors.ownerEmail}
        >
          <Input
            type="email"
            list="measure-owner-options"
            value={ownerEmail}
            onChange={(_event, data) => setOwnerEmail(data.value)}
          />
        </Field>
        <datalist id="measure-owner-options">
          {people.map((person) => (
            <option key={person.email} value={person.email}>
              {person.displayName}
            </option>
          ))}
        </datalist>
        <Field label={t('tab.caf.measure.deadline')} required validationMessage={errors.deadline}>
          <Input type="date" value={deadline} onChange={(_event, data) => setDeadline(data.value)} />
        </Field>
        <Field label={t('tab.caf.measure.subcriterion')}>
          <Select value={code} onChange={(_event, data) => setCode(data.value)}>
            {model.subcriteria.map((item) => (
              <option key={item.code} value={item.code}>
                {item.code} {item.title}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('tab.caf.measure.description')}>
          <Textarea value={description} onChange={(_event, data) => setDescription(data.value)} />
        </Field>
        {failure !== null && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{failure}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </ModalDialog>
  );
}
