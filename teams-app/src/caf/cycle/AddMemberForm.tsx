import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { mayChooseLeader, type Role, type TeamRole } from '@kvalita/core';
import { useState } from 'react';
import type { ApiClient } from '../../platform/api/api.types';
import { useI18n } from '../../platform/i18n/i18n-context';
import { errorText } from '../../platform/components/error-text';

export interface AddMemberFormProps {
  readonly api: ApiClient;
  readonly cycleId: number;
  /** The signed-in person's roles: only the quality manager is offered the leader role. */
  readonly roles: readonly Role[];
  readonly onAdded: () => void;
}

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  hint: { margin: 0 },
});

/**
 * Adds a person to the team by e-mail: the quality manager as leader or member, a head of
 * department as member (the service checks that the person is of their department; core
 * `teamChangeRefusal`).
 */
export function AddMemberForm({ api, cycleId, roles, onAdded }: AddMemberFormProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const leaderChoice = mayChooseLeader(roles);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<TeamRole>('member');
  const [invalid, setInvalid] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const add = async () => {
    const valid = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim());
    setInvalid(!valid);
    if (!valid) return;
    setFailure(null);
    try {
      await api.addTeamMember(cycleId, { email: email.trim(), role: leaderChoice ? role : 'member' });
      setEmail('');
      onAdded();
    } catch (error) {
      setFailure(errorText(error, t));
    }
  };
  return (
    <section aria-labelledby="add-member-heading">
      <h3 id="add-member-heading" className={styles.heading}>
        {t('tab.caf.team.addHeading')}
      </h3>
      {!leaderChoice && (
        <p id="add-member-hint" className={styles.hint}>
          {t('tab.caf.team.ownDepartmentsHint')}
        </p>
      )}
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <Field
          label={t('tab.caf.team.email')}
          validationMessage={invalid ? t('tab.caf.team.error.email') : undefined}
        >
          <Input
            type="email"
            value={email}
            onChange={(_event, data) => setEmail(data.value)}
            {...(leaderChoice ? {} : { 'aria-describedby': 'add-member-hint' })}
          />
        </Field>
        {leaderChoice && (
          <Field label={t('tab.caf.team.role')}>
            <Select
              value={role}
              onChange={(_event, data) => setRole(data.value === 'leader' ? 'leader' : 'member')}
            >
              <option value="member">{t('tab.caf.role.member')}</option>
              <option value="leader">{t('tab.caf.role.leader')}</option>
            </Select>
          </Field>
        )}
        <Button type="submit">{t('tab.caf.team.add')}</Button>
      </form>
      {failure !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
