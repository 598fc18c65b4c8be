import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { LoadError } from '../../platform/components/LoadError';
import { Loading } from '../../platform/components/Loading';
import { useI18n } from '../../platform/i18n/i18n-context';
import { FeedbackLink } from '../parts/FeedbackLink';
import { PageFrame } from '../../platform/components/PageFrame';
import { PageSection } from '../parts/PageSection';
import { CycleFacts } from './CycleFacts';
import type { CyclePageProps } from './CyclePage.types';
import { CycleProgressTable } from './CycleProgressTable';
import { NextPhase } from './NextPhase';
import { PhaseStepper } from './PhaseStepper';
import { SubjectsTable } from './SubjectsTable';
import { useCycle } from './use-cycle';

const useStyles = makeStyles({
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  note: { margin: 0, maxWidth: '48rem' },
});

/**
 * A cycle's page for its coordinator: the phases with the current one, the facts, progress in
 * counts, the step into the next phase, the rater load and the subjects with their nominations.
 */
export function CyclePage({ api, go, cycleId, notice }: CyclePageProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const { state, retry, advance } = useCycle(api, cycleId);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <LoadError error={state.error} onRetry={retry} />;
  const { reply } = state;
  const { cycle } = reply;
  return (
    <PageFrame
      heading={cycle.name}
      notice={notice}
      actions={
        <>
          <FeedbackLink to={{ page: 'cycles' }}>{t('tab.feedback.cycle.back')}</FeedbackLink>
          {reply.allowed.includes('edit') && (
            <Button onClick={() => go({ page: 'cycle', cycleId, section: 'edit' })}>
              {t('tab.feedback.cycle.edit')}
            </Button>
          )}
        </>
      }
    >
      <PhaseStepper phase={cycle.phase} />
      <p className={styles.note}>{t('tab.feedback.development')}</p>
      <CycleFacts reply={reply} />
      <NextPhase reply={reply} advance={advance} go={go} />
      <CycleProgressTable progress={reply.progress} />
      <div className={styles.links}>
        <FeedbackLink to={{ page: 'cycle', cycleId, section: 'load' }}>
          {t('tab.feedback.cycle.loadLink')}
        </FeedbackLink>
        {cycle.phase === 'released' && (
          <FeedbackLink to={{ page: 'organisation', cycleId }}>
            {t('tab.feedback.cycle.organisationLink')}
          </FeedbackLink>
        )}
      </div>
      <PageSection heading={t('tab.feedback.cycle.subjectsHeading')}>
        {/* Read again when the cycle changes: starting it brings its subjects from the directory. */}
        <SubjectsTable key={cycle.etag} api={api} cycleId={cycleId} />
      </PageSection>
    </PageFrame>
  );
}
