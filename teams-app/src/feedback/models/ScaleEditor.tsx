import { Field, Input, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { FEEDBACK_LIMITS } from '@kvalita/core';
import { useI18n } from '../../platform/i18n/i18n-context';
import { RuleMessage } from '../parts/RuleMessage';
import { useFieldMessage } from '../parts/use-field-message';
import type { ModelEditorProps } from './ModelEditor.types';

const useStyles = makeStyles({
  fieldset: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    margin: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold },
  anchor: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8rem, 14rem) 1fr',
    gap: tokens.spacingHorizontalM,
    '@media (max-width: 37.5rem)': { gridTemplateColumns: '1fr' },
  },
});

/** The five points of the scale, each with its anchor's label and what it means. */
export function ScaleEditor({ draft, onChange, errors }: ModelEditorProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const message = useFieldMessage(errors);
  const setAnchor = (index: number, part: 'label' | 'description', value: string) =>
    onChange({
      ...draft,
      scale: draft.scale.map((anchor, at) => (at === index ? { ...anchor, [part]: value } : anchor)),
    });
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{t('tab.feedback.model.scale')}</legend>
      {draft.scale.map((anchor, index) => (
        <div key={anchor.point} className={styles.anchor}>
          <Field
            label={t('tab.feedback.model.anchorLabel', { point: anchor.point })}
            required
            validationMessage={message(`scale.${index}.label`)}
          >
            <Input
              value={anchor.label}
              maxLength={FEEDBACK_LIMITS.anchorLabel}
              onChange={(_e, data) => setAnchor(index, 'label', data.value)}
            />
          </Field>
          <Field
            label={t('tab.feedback.model.anchorDescription', { point: anchor.point })}
            validationMessage={message(`scale.${index}.description`)}
          >
            <Textarea
              value={anchor.description}
              rows={1}
              maxLength={FEEDBACK_LIMITS.anchorDescription}
              onChange={(_e, data) => setAnchor(index, 'description', data.value)}
            />
          </Field>
        </div>
      ))}
      <RuleMessage text={message('scale')} />
    </fieldset>
  );
}
