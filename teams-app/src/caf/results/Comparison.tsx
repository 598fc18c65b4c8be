import { Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { BaselineOption, CycleDetail, CycleResultsView, Locale } from '@kvalita/core';
import { useState } from 'react';
import type { ApiClient } from '../../platform/api/api.types';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { Translate } from '../../platform/i18n/i18n.types';
import { periodText } from '../caf-text';
import { PhaseDialog } from '../cycle/PhaseDialog';

export interface ComparisonProps {
  readonly api: ApiClient;
  readonly cycle: CycleDetail;
  readonly view: CycleResultsView;
  /** The service stored the choice: load the results again. */
  readonly onSaved: () => void;
}

const useStyles = makeStyles({
  chooser: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
  },
  select: { maxWidth: '48rem' },
});

/** The value of the default rule in the select: no cycle id. */
const DEFAULT = '';

function optionText(t: Translate, locale: Locale, option: BaselineOption): string {
  const text = t('tab.caf.baseline.option', { name: option.name, period: periodText(locale, option) });
  const notes = [
    ...(option.isDefault ? [t('tab.caf.baseline.note.default')] : []),
    ...(option.sameScope ? [] : [t('tab.caf.baseline.note.otherScope')]),
    ...(option.sameMethod ? [] : [t('tab.caf.baseline.note.otherMethod')]),
  ];
  return notes.length === 0
    ? text
    : t('tab.caf.baseline.optionNotes', { option: text, notes: notes.join(', ') });
}

/**
 * Which cycle the change since the previous cycle is measured against, and whose choice that is
 * (the default rule's or the quality manager's), or why there is none. The quality manager may
 * choose another earlier closed, approved cycle, or go back to the default, after a confirmation
 * that says what changes: the results here and the report.
 */
export function Comparison({ api, cycle, view, onSaved }: ComparisonProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const compared = view.comparedWith;
  const saved = compared?.source === 'chosen' ? String(compared.id) : DEFAULT;
  const [choice, setChoice] = useState(saved);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const chosen = view.baselineOptions.find((option) => String(option.id) === choice) ?? null;
  return (
    <>
      <p>
        {compared === null
          ? t(`tab.caf.baseline.none.${view.noComparison ?? 'noEarlierApproved'}`)
          : t(
              compared.source === 'chosen'
                ? 'tab.caf.baseline.comparedChosen'
                : 'tab.caf.baseline.comparedDefault',
              {
                name: compared.name,
                period: periodText(locale, compared),
              },
            )}
      </p>
      {cycle.permissions.manageCycle && (
        <div className={styles.chooser}>
          <Field label={t('tab.caf.baseline.label')}>
            <Select
              className={styles.select}
              value={choice}
              onChange={(_event, data) => {
                setChoice(data.value);
                setDone(false);
              }}
            >
              <option value={DEFAULT}>{t('tab.caf.baseline.default')}</option>
              {view.baselineOptions.map((option) => (
                <option key={option.id} value={String(option.id)}>
                  {optionText(t, locale, option)}
                </option>
              ))}
            </Select>
          </Field>
          <Button disabled={choice === saved} onClick={() => setConfirming(true)}>
            {t('tab.caf.baseline.save')}
          </Button>
        </div>
      )}
      <div role="status">{done ? t('tab.caf.baseline.saved') : ''}</div>
      {confirming && (
        <PhaseDialog
          title={t('tab.caf.baseline.confirmTitle')}
          confirmLabel={t('tab.caf.baseline.confirm')}
          onConfirm={async () => {
            await api.setBaseline(cycle.id, chosen === null ? null : chosen.id);
            setDone(true);
            onSaved();
          }}
          onClose={() => setConfirming(false)}
        >
          <p>
            {chosen === null
              ? t('tab.caf.baseline.confirmDefault')
              : t('tab.caf.baseline.confirmChosen', { name: chosen.name })}
          </p>
          {chosen !== null && !(chosen.sameScope && chosen.sameMethod) && (
            <p>{t('tab.caf.baseline.confirmDiffers')}</p>
          )}
        </PhaseDialog>
      )}
    </>
  );
}
