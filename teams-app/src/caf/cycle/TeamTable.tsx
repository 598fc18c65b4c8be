import { Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { TeamMember } from '@kvalita/core';
import { useState } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import { DataTable } from '../../platform/components/DataTable';
import { errorText } from '../../platform/components/error-text';
import { ModalDialog } from '../../platform/components/ModalDialog';

export interface TeamTableProps {
  readonly team: readonly TeamMember[];
  /** Given only to those who may remove members (the quality manager); rejects with the refusal. */
  readonly onRemove?: ((member: TeamMember) => Promise<void>) | undefined;
}

/** The self-assessment team: name, role, department and whether each has submitted. */
export function TeamTable({ team, onRemove }: TeamTableProps) {
  const { t } = useI18n();
  // A removal asks first, naming the person and what becomes of their scores.
  const [removing, setRemoving] = useState<TeamMember | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const ask = (member: TeamMember | null) => {
    setRemoving(member);
    setFailure(null);
  };
  const remove = async (member: TeamMember, removeMember: (member: TeamMember) => Promise<void>) => {
    setBusy(true);
    try {
      await removeMember(member);
      setRemoving(null);
    } catch (error) {
      setFailure(errorText(error, t));
    } finally {
      setBusy(false);
    }
  };
  if (team.length === 0) return <p>{t('tab.caf.team.empty')}</p>;
  const columns = [
    t('tab.caf.team.name'),
    t('tab.caf.team.role'),
    t('tab.caf.team.department'),
    t('tab.caf.team.submitted'),
    ...(onRemove ? [t('tab.caf.team.actions')] : []),
  ];
  const name = removing?.displayName ?? '';
  return (
    <>
      <DataTable
        caption={t('tab.caf.team.caption')}
        columns={columns}
        rows={team.map((member) => ({
          key: member.email,
          header: member.displayName,
          cells: [
            t(member.role === 'leader' ? 'tab.caf.role.leader' : 'tab.caf.role.member'),
            member.departmentName ?? '—',
            t(member.submitted ? 'tab.caf.team.yes' : 'tab.caf.team.no'),
            ...(onRemove
              ? [
                  <Button
                    key="remove"
                    size="small"
                    aria-label={t('tab.caf.team.remove', { name: member.displayName })}
                    onClick={() => ask(member)}
                  >
                    {t('tab.caf.team.removeShort')}
                  </Button>,
                ]
              : []),
          ],
        }))}
      />
      {onRemove && removing !== null && (
        <ModalDialog
          title={t('tab.caf.team.removeTitle', { name })}
          onDismiss={() => ask(null)}
          actions={
            removing.submitted ? (
              <Button onClick={() => ask(null)}>{t('tab.caf.team.removeClose')}</Button>
            ) : (
              <>
                <Button onClick={() => ask(null)}>{t('tab.caf.cancel')}</Button>
                <Button appearance="primary" disabled={busy} onClick={() => void remove(removing, onRemove)}>
                  {t('tab.caf.team.removeConfirm')}
                </Button>
              </>
            )
          }
        >
          {removing.submitted ? (
            // The service keeps whoever has submitted: their scores count in the self-assessment.
            <p>{t('error.caf.memberSubmitted')}</p>
          ) : (
            <>
              <p>{t('tab.caf.team.removeEffect', { name })}</p>
              <p>{t('tab.caf.team.removeDrafts')}</p>
            </>
          )}
          {failure !== null && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{failure}</MessageBarBody>
            </MessageBar>
          )}
        </ModalDialog>
      )}
    </>
  );
}
