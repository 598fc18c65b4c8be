import { Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState, type ReactNode } from 'react';

const useStyles = makeStyles({
  fieldset: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    margin: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold },
});

/** The filter with one key set, or dropped when the value is undefined (an "all" choice). */
export function withFilter<F extends object, K extends keyof F>(
  filter: F,
  key: K,
  value: F[K] | undefined,
): F {
  if (value !== undefined) return { ...filter, [key]: value };
  const { [key]: _dropped, ...rest } = filter;
  return rest as F;
}

/** A register's filters and sort, side by side under one legend. */
export function FilterFieldset({
  legend,
  children,
}: {
  readonly legend: string;
  readonly children: ReactNode;
}) {
  const styles = useStyles();
  const legendId = useId();
  return (
    <fieldset className={styles.fieldset} aria-labelledby={legendId}>
      <legend id={legendId} className={styles.legend}>
        {legend}
      </legend>
      {children}
    </fieldset>
  );
}

export interface TextFilterProps {
  readonly label: string;
  readonly type: 'search' | 'email';
  readonly maxLength?: number;
  /** The filter's text; give the field a new key when it changes elsewhere, so it shows it. */
  readonly value: string;
  /** The trimmed text, when it differs from the filter's. */
  readonly onApply: (text: string) => void;
}

/** A text filter, applied on Enter or on leaving the field (not on every key). */
export function TextFilter({ label, type, maxLength, value, onApply }: TextFilterProps) {
  const [text, setText] = useState(value);
  const apply = () => {
    if (text.trim() !== value) onApply(text.trim());
  };
  return (
    <Field label={label}>
      <Input
        type={type}
        value={text}
        maxLength={maxLength}
        onChange={(_e, data) => setText(data.value)}
        onBlur={apply}
        onKeyDown={(event) => {
          if (event.key === 'Enter') apply();
        }}
      />
    </Field>
  );
}
