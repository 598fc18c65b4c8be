import { Button } from '@fluentui/react-components';
import type { TeamMember } from '@kvalita/core';
import { useState } from 'react';
import { useI18n } from '../../platform/i18n/i18n-context';
import { DataTable } from '../../platform/components/DataTable';
import { ModalDialog } from '../../platform/components/ModalDialog';

export interface TeamTableProps {
  readonly team: readonly TeamMember[];
  /** Given only to those who may remove members (the quality manager). */
  readonly onRemove?: ((member: TeamMember) => void) | undefined;
}

/** The self-assessment team: name, role, department and whether each has submitted. */
export function TeamTable({ team, onRemove }: TeamTableProps) {
  const { t } = useI18n();
  // A removal asks first, naming the person and what becomes of their scores.
  const [removing, setRemoving] = useState<TeamMember | null>(null);
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
                    onClick={() => setRemoving(member)}
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
          onDismiss={() => setRemoving(null)}
          actions={
            <>
              <Button onClick={() => setRemoving(null)}>{t('tab.caf.cancel')}</Button>
              <Button
                appearance="primary"
                onClick={() => {
                  setRemoving(null);
                  onRemove(removing);
                }}
              >
                {t('tab.caf.team.removeConfirm')}
              </Button>
            </>
          }
        >
          <p>{t('tab.caf.team.removeEffect', { name })}</p>
          <p>
            {removing.submitted
              ? t('tab.caf.team.removeSubmitted', { name })
              : t('tab.caf.team.removeDrafts')}
          </p>
        </ModalDialog>
      )}
    </>
  );
}
