import { Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';

export interface TextPairProps {
  /** Labels of the Czech and English fields. */
  readonly labelCs: string;
  readonly labelEn: string;
  readonly cs: string;
  readonly en: string;
  readonly maxLength: number;
  readonly required?: boolean;
  readonly multiline?: boolean;
  readonly errorCs: string | undefined;
  readonly errorEn: string | undefined;
  readonly hintEn?: string;
  readonly onChange: (next: { cs: string; en: string }) => void;
}

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  field: { flex: '1 1 16rem' },
});

/** One text in Czech (required where the service requires it) and English (optional) side by side. */
export function TextPair(props: TextPairProps) {
  const styles = useStyles();
  const { cs, en, onChange } = props;
  const control = (value: string, set: (value: string) => void) =>
    props.multiline ? (
      <Textarea
        value={value}
        maxLength={props.maxLength}
        resize="vertical"
        onChange={(_event, data) => set(data.value)}
      />
    ) : (
      <Input value={value} maxLength={props.maxLength} onChange={(_event, data) => set(data.value)} />
    );
  return (
    <div className={styles.row}>
      <Field
        className={styles.field}
        label={props.labelCs}
        required={props.required === true}
        validationMessage={props.errorCs}
        validationState={props.errorCs === undefined ? 'none' : 'error'}
      >
        {control(cs, (value) => onChange({ cs: value, en }))}
      </Field>
      <Field
        className={styles.field}
        label={props.labelEn}
        hint={props.hintEn}
        validationMessage={props.errorEn}
        validationState={props.errorEn === undefined ? 'none' : 'error'}
      >
        {control(en, (value) => onChange({ cs, en: value }))}
      </Field>
    </div>
  );
}
