import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { DataTable } from '../../platform/components/DataTable';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { ModelViewProps } from './ModelEditorPage.types';

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalL, maxWidth: '56rem' },
  group: { display: 'grid', gap: tokens.spacingVerticalS },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
  competency: { margin: 0, ...typographyStyles.body1Strong },
  text: { margin: 0 },
  list: { margin: 0 },
});

/** A frozen model as raters will see it: the scale's anchors, then each group's competencies and behaviours. */
export function ModelView({ model }: ModelViewProps) {
  const { t } = useI18n();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      {model.description !== '' && <p className={styles.text}>{model.description}</p>}
      <DataTable
        caption={t('tab.feedback.model.scale')}
        columns={[
          t('tab.feedback.model.point'),
          t('tab.feedback.model.anchor'),
          t('tab.feedback.model.meaning'),
        ]}
        rows={model.scale.map((anchor) => ({
          key: String(anchor.point),
          header: String(anchor.point),
          cells: [anchor.label, anchor.description],
        }))}
        numericColumns={[0]}
      />
      {model.groups.map((group) => (
        <section key={group.key} className={styles.group} aria-labelledby={`group-${group.key}`}>
          <h2 id={`group-${group.key}`} className={styles.heading}>
            {group.name}
          </h2>
          {group.competencies.map((competency) => (
            <div key={competency.key}>
              <h3 className={styles.competency}>{competency.name}</h3>
              <p className={styles.text}>{competency.definition}</p>
              <ul
                className={styles.list}
                aria-label={t('tab.feedback.model.behaviours', { name: competency.name })}
              >
                {competency.behaviours.map((behaviour) => (
                  <li key={behaviour.key}>{behaviour.text}</li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
