import { makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../../platform/i18n/i18n-context';
import type { CycleViewProps } from '../CafSection.types';
import { myRoleText, periodText, statusText } from '../caf-text';
import { AddMemberForm } from './AddMemberForm';
import { CycleHistory } from './CycleHistory';
import { Journey } from './Journey';
import { MoveStatus } from './MoveStatus';
import { TeamTable } from './TeamTable';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  pair: { display: 'contents' },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
});

/** The cycle at a glance: facts, the CAF journey, the team and what the signed-in person may do. */
export function OverviewView({ api, me, cycle, reload }: CycleViewProps) {
  const { locale, t } = useI18n();
  const styles = useStyles();
  const scope =
    cycle.scope.kind === 'office'
      ? t('tab.caf.scope.office')
      : t('tab.caf.scope.departments', { departments: cycle.scope.departmentCodes.join(', ') });
  const facts: readonly [string, string][] = [
    [t('tab.caf.cycle.status'), statusText(t, cycle.status)],
    [t('tab.caf.cycle.method'), t(`tab.caf.method.${cycle.method}`)],
    [t('tab.caf.cycle.period'), periodText(locale, cycle)],
    [t('tab.caf.cycle.scope'), scope],
    [t('tab.caf.cycle.myRole'), myRoleText(t, cycle)],
  ];
  const mayAddMembers = cycle.permissions.nominateTeam;
  const removeMember = cycle.permissions.manageCycle
    ? // The confirmation shows a refusal; the team is read again after a removal.
      (member: { email: string }) => api.removeTeamMember(cycle.id, member.email).then(reload)
    : undefined;
  return (
    <div className={styles.root}>
      <dl className={styles.facts}>
        {facts.map(([term, detail]) => (
          <div key={term} className={styles.pair}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.detail}>{detail}</dd>
          </div>
        ))}
      </dl>
      {cycle.permissions.manageCycle && <MoveStatus api={api} cycle={cycle} onMoved={reload} />}
      <Journey currentStep={cycle.currentStep} />
      <CycleHistory history={cycle.history} />
      <section aria-labelledby="team-heading">
        <h2 id="team-heading" className={styles.heading}>
          {t('tab.caf.team.heading')}
        </h2>
        <TeamTable team={cycle.team} onRemove={removeMember} />
        {mayAddMembers && <AddMemberForm api={api} cycleId={cycle.id} roles={me.roles} onAdded={reload} />}
      </section>
    </div>
  );
}
