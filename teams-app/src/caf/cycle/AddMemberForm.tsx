import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { mayChooseLeader, type DirectoryPerson, type Role, type TeamRole } from '@kvalita/core';
import { useState } from 'react';
import type { ApiClient } from '../../platform/api/api.types';
import { useI18n } from '../../platform/i18n/i18n-context';
import { errorText } from '../../platform/components/error-text';
import { PeoplePicker } from '../../platform/components/PeoplePicker';

export interface AddMemberFormProps {
  readonly api: ApiClient;
  readonly cycleId: number;
  /** The signed-in person's roles: only the quality manager is offered the leader role. */
  readonly roles: readonly Role[];
  readonly onAdded: () => void;
}

const useStyles = makeStyles({
  // Top-aligned: the picker's status line under the field must not push the other controls down.
  form: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: tokens.spacingHorizontalM },
  // Level with the fields' inputs: below a label's line.
  add: { marginBlockStart: `calc(${tokens.lineHeightBase300} + ${tokens.spacingVerticalXXS})` },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  hint: { margin: 0 },
});

/**
 * Adds a person chosen from the office directory to the team (the form sends their e-mail): the
 * quality manager as leader or member, a head of department as member. The picker shows everyone;
 * the service checks that a head of department nominates only their department (core
 * `teamChangeRefusal`), and its refusal is shown here.
 */
export function AddMemberForm({ api, cycleId, roles, onAdded }: AddMemberFormProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const leaderChoice = mayChooseLeader(roles);
  const [person, setPerson] = useState<DirectoryPerson | null>(null);
  // A new key empties the picker after an addition.
  const [pickerKey, setPickerKey] = useState(0);
  const [role, setRole] = useState<TeamRole>('member');
  const [invalid, setInvalid] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const add = async () => {
    setInvalid(person === null);
    if (person === null) return;
    setFailure(null);
    try {
      await api.addTeamMember(cycleId, { email: person.email, role: leaderChoice ? role : 'member' });
      setPerson(null);
      setPickerKey((key) => key + 1);
      // A team has one leader: whoever is added next is a member unless chosen otherwise.
      setRole('member');
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
        <PeoplePicker
          key={pickerKey}
          api={api}
          label={t('tab.caf.team.person')}
          validationMessage={invalid ? t('tab.caf.team.error.person') : undefined}
          describedBy={leaderChoice ? undefined : 'add-member-hint'}
          onChange={(chosen) => {
            setPerson(chosen);
            if (chosen !== null) setInvalid(false);
          }}
        />
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
        <Button type="submit" className={styles.add}>
          {t('tab.caf.team.add')}
        </Button>
      </form>
      {failure !== null && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{failure}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
