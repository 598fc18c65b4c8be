import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { IndividualScore } from '@kvalita/core';
import { useI18n } from '../../platform/i18n/i18n-context';
import { useModelIndex } from '../../platform/components/use-model-index';
import { SurveyEvidence } from '../../surveys/SurveyEvidence';
import { DocumentEvidence } from '../../documents/DocumentEvidence';
import { MysteryEvidence } from '../../mystery/MysteryEvidence';
import { JumpList } from './JumpList';
import { SaveStatus } from './SaveStatus';
import { checkScore, valuesOf } from './score-values';
import type { ScoreEntry, ScoringFormProps } from './scoring.types';
import { SubcriterionForm } from './SubcriterionForm';
import { SubmitScores } from './SubmitScores';
import { MeasuresSincePrevious } from '../MeasuresSincePrevious';
import { useAutoSave } from './use-auto-save';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500 },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

const EMPTY: ScoreEntry = {
  values: {},
  strengths: '',
  areasForImprovement: '',
  improvementIdeas: '',
  evidence: [],
  etag: null,
};

function entryOf(score: IndividualScore): ScoreEntry {
  return {
    values: valuesOf(score.input),
    strengths: score.strengths,
    areasForImprovement: score.areasForImprovement,
    improvementIdeas: score.improvementIdeas,
    evidence: score.evidence,
    etag: score.etag,
  };
}

/** Individual scoring: one subcriterion at a time, auto-saved, then submitted once. */
export function ScoringForm({
  api,
  cycleId,
  method,
  initial,
  sincePrevious,
  readOnly,
  open,
  onOpen,
  saveDelayMs = 800,
  onSubmitted,
  onReload,
}: ScoringFormProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const model = useModelIndex();
  const [entries, setEntries] = useState<Readonly<Record<string, ScoreEntry>>>(() =>
    Object.fromEntries(initial.map((score) => [score.code, entryOf(score)])),
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const kindOf = useCallback((code: string) => model.byCode.get(code)?.kind ?? 'enabler', [model]);
  const onSaved = useCallback(
    (code: string, etag: string) =>
      setEntries((all) => ({ ...all, [code]: { ...(all[code] ?? EMPTY), etag } })),
    [],
  );
  const autoSave = useAutoSave({ api, cycleId, method, kindOf, delayMs: saveDelayMs, onSaved });

  const subcriteria = model.subcriteria;
  const found = subcriteria.findIndex((item) => item.code === open);
  const index = Math.max(found, 0);
  const current = subcriteria[index];
  // Another subcriterion (a jump, next, back in the history) moves focus to its heading, so
  // keyboard and screen-reader users land on it; opening the page leaves focus where it was.
  const firstShown = useRef(current?.code);
  useEffect(() => {
    if (current?.code !== firstShown.current) {
      firstShown.current = undefined;
      headingRef.current?.focus();
    }
  }, [current?.code]);
  const done = useMemo(
    () =>
      new Set(
        subcriteria
          .filter((item) => {
            const entry = entries[item.code];
            return entry !== undefined && checkScore(method, item.kind, entry.values).input != null;
          })
          .map((item) => item.code),
      ),
    [entries, subcriteria, method],
  );
  if (current === undefined) return null;
  const entry = entries[current.code] ?? EMPTY;

  const go = (next: number) => {
    const target = subcriteria[next];
    if (target !== undefined) onOpen(target.code);
  };
  const change = (next: ScoreEntry) => {
    setEntries((all) => ({ ...all, [current.code]: next }));
    autoSave.schedule(current.code, next);
  };
  const submit = async () => {
    await autoSave.flush();
    await api.submitMyScores(cycleId);
    onSubmitted();
  };

  return (
    <div className={styles.root}>
      <JumpList
        codes={subcriteria.map((item) => ({ code: item.code, title: item.title, done: done.has(item.code) }))}
        current={current.code}
        onJump={(code) => go(subcriteria.findIndex((item) => item.code === code))}
      />
      <section aria-labelledby="scoring-subcriterion">
        <h2 id="scoring-subcriterion" ref={headingRef} tabIndex={-1} className={styles.heading}>
          {t('tab.caf.scoring.subcriterion', { code: current.code, title: current.title })}
        </h2>
        <p>
          {t(current.kind === 'enabler' ? 'tab.caf.scoring.kindEnabler' : 'tab.caf.scoring.kindResult')}{' '}
          {t('tab.caf.scoring.position', { position: index + 1, total: subcriteria.length })}
        </p>
        <SubcriterionForm
          key={current.code}
          code={current.code}
          title={current.title}
          kind={current.kind}
          method={method}
          entry={entry}
          readOnly={readOnly}
          onChange={change}
        />
        <MeasuresSincePrevious since={sincePrevious} code={current.code} />
        <SurveyEvidence api={api} cycleId={cycleId} code={current.code} />
        <DocumentEvidence api={api} code={current.code} />
        <MysteryEvidence api={api} code={current.code} />
      </section>
      {!readOnly && (
        <SaveStatus
          state={autoSave.states[current.code] ?? { kind: 'idle' }}
          onRetry={() => autoSave.retry(current.code)}
          onReload={onReload}
        />
      )}
      <div className={styles.bar}>
        <Button disabled={index === 0} onClick={() => go(index - 1)}>
          {t('tab.caf.scoring.previous')}
        </Button>
        <Button disabled={index >= subcriteria.length - 1} onClick={() => go(index + 1)}>
          {t('tab.caf.scoring.next')}
        </Button>
        {!readOnly && (
          <SubmitScores
            scored={done.size}
            total={subcriteria.length}
            missing={subcriteria
              .filter((item) => !done.has(item.code))
              .map(({ code, title }) => ({ code, title }))}
            onJump={(code) => go(subcriteria.findIndex((item) => item.code === code))}
            onSubmit={submit}
          />
        )}
      </div>
    </div>
  );
}
