import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { PersonRef } from '@kvalita/core';
import { useId, useState } from 'react';
import type { ApiClient } from '../api/api.types';
import { PeoplePicker } from './PeoplePicker';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  chosen: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface OnePersonFieldProps {
  readonly api: Pick<ApiClient, 'searchPeople'>;
  readonly label: string;
  /** Who is chosen now (or what happens when nobody is), under the field. */
  readonly chosen: string;
  readonly validationMessage?: string | undefined;
  readonly onChoose: (person: PersonRef) => void;
}

/** One person from the directory (an owner, an approver), with a line saying who is chosen. */
export function OnePersonField({ api, label, chosen, validationMessage, onChoose }: OnePersonFieldProps) {
  const styles = useStyles();
  const hint = useId();
  return (
    <div className={styles.group}>
      <PeoplePicker
        api={api}
        label={label}
        describedBy={hint}
        validationMessage={validationMessage}
        onChange={(person) => {
          if (person !== null) onChoose({ email: person.email, displayName: person.displayName });
        }}
      />
      <p id={hint} className={styles.chosen}>
        {chosen}
      </p>
    </div>
  );
}

export interface PeopleListFieldProps {
  readonly api: Pick<ApiClient, 'searchPeople'>;
  readonly label: string;
  /** The list's accessible name. */
  readonly listLabel: string;
  readonly people: readonly PersonRef[];
  readonly onChange: (people: readonly PersonRef[]) => void;
  /** The remove button's text for one person. */
  readonly removeLabel: (person: PersonRef) => string;
  readonly error?: string | undefined;
}

/** A list of people from the directory, added one at a time (each once) and removed by a button. */
export function PeopleListField({
  api,
  label,
  listLabel,
  people,
  onChange,
  removeLabel,
  error,
}: PeopleListFieldProps) {
  const styles = useStyles();
  // A new picker after each person added, so its text starts empty again.
  const [round, setRound] = useState(0);
  return (
    <div className={styles.group}>
      <PeoplePicker
        key={round}
        api={api}
        label={label}
        onChange={(person) => {
          if (person === null || people.some((old) => old.email === person.email)) return;
          onChange([...people, { email: person.email, displayName: person.displayName }]);
          setRound((count) => count + 1);
        }}
      />
      {people.length > 0 && (
        <ul className={styles.list} aria-label={listLabel}>
          {people.map((person) => (
            <li key={person.email} className={styles.item}>
              {person.displayName}
              <Button
                size="small"
                onClick={() => onChange(people.filter((old) => old.email !== person.email))}
              >
                {removeLabel(person)}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {error !== undefined && (
        <span role="alert" className={styles.error}>
          {error}
        </span>
      )}
    </div>
  );
}
