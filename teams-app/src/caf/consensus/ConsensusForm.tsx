import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CAF_LIMITS } from '@kvalita/core';
import { useState } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import { errorText } from '../../platform/components/error-text';
import { ScoreFields } from '../scoring/ScoreFields';
import { checkScore, valuesOf, type ScoreValues } from '../scoring/score-values';
import type { ConsensusFormProps } from './consensus.types';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
});

/** The leader records the agreed score and texts for one subcriterion. */
export function ConsensusForm({
  api,
  cycleId,
  method,
  subcriterion,
  entry,
  proposal,
  onSaved,
}: ConsensusFormProps) {
  const { t } = useI18n();
  const styles = useStyles();
  // The stored consensus wins; without one the form starts from the team's proposal. Read once: a
  // reloaded board (names hidden, a save) never replaces what the leader has typed since.
  const start = entry ?? proposal;
  const [values, setValues] = useState<ScoreValues>(() => valuesOf(start?.input ?? null));
  const [strengths, setStrengths] = useState(start?.strengths ?? '');
  const [areas, setAreas] = useState(start?.areasForImprovement ?? '');
  const [ideas, setIdeas] = useState(start?.improvementIdeas ?? '');
  const [proposed] = useState(
    () =>
      entry === null &&
      proposal !== null &&
      (proposal.input !== null ||
        [proposal.strengths, proposal.areasForImprovement, proposal.improvementIdeas].some(
          (text) => text !== '',
        )),
  );
  const [leftOut] = useState(() => (entry === null ? proposal?.leftOut : undefined));
  const leftOutHint = (count: number | undefined, field: string) =>
    count !== undefined && count > 0 ? t('tab.caf.consensus.leftOut', { field }) : undefined;
  const [state, setState] = useState<
    { kind: 'idle' | 'saving' | 'saved' } | { kind: 'error'; message: string }
  >({
    kind: 'idle',
  });
  const [missing, setMissing] = useState(false);
  const headingId = `consensus-form-${subcriterion.code.replace('.', '-')}`;

  const save = async () => {
    const { input } = checkScore(method, subcriterion.kind, values);
    if (input === null || input === undefined) {
      setMissing(input === null);
      return;
    }
    setMissing(false);
    setState({ kind: 'saving' });
    try {
      const saved = await api.saveConsensus(cycleId, subcriterion.code, {
        input,
        strengths,
        areasForImprovement: areas,
        improvementIdeas: ideas,
      });
      setState({ kind: 'saved' });
      onSaved(saved);
    } catch (error) {
      setState({ kind: 'error', message: errorText(error, t) });
    }
  };

  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <h3 id={headingId} className={styles.heading}>
        {t('tab.caf.consensus.formHeading', { code: subcriterion.code })}
      </h3>
      {proposed && <Text>{t('tab.caf.consensus.proposal')}</Text>}
      <ScoreFields
        idPrefix={headingId}
        method={method}
        kind={subcriterion.kind}
        values={values}
        onChange={(dimension, value) => setValues((all) => ({ ...all, [dimension]: value }))}
      />
      {missing && <Text role="alert">{t('tab.caf.consensus.scoreRequired')}</Text>}
      <Field
        label={t('tab.caf.texts.strengths')}
        hint={leftOutHint(leftOut?.strengths, t('tab.caf.texts.strengths'))}
      >
        <Textarea
          value={strengths}
          maxLength={CAF_LIMITS.scoreText}
          onChange={(_event, data) => setStrengths(data.value)}
        />
      </Field>
      <Field
        label={t('tab.caf.texts.areas')}
        hint={leftOutHint(leftOut?.areasForImprovement, t('tab.caf.texts.areas'))}
      >
        <Textarea
          value={areas}
          maxLength={CAF_LIMITS.scoreText}
          onChange={(_event, data) => setAreas(data.value)}
        />
      </Field>
      <Field
        label={t('tab.caf.texts.ideas')}
        hint={leftOutHint(leftOut?.improvementIdeas, t('tab.caf.texts.ideas'))}
      >
        <Textarea
          value={ideas}
          maxLength={CAF_LIMITS.scoreText}
          onChange={(_event, data) => setIdeas(data.value)}
        />
      </Field>
      <div>
        <Button appearance="primary" disabled={state.kind === 'saving'} onClick={() => void save()}>
          {t('tab.caf.consensus.save')}
        </Button>
      </div>
      <div role="status">
        {state.kind === 'saved' && <Text>{t('tab.caf.consensus.saved')}</Text>}
        {state.kind === 'error' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{state.message}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
