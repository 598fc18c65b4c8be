import { Field, Input, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import {
  PEOPLE_SEARCH_LIMITS,
  PEOPLE_SEARCH_PATTERN,
  normalizePeopleSearch,
  type DirectoryPerson,
} from '@kvalita/core';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { ApiClient } from '../api/api.types';
import { useI18n } from '../i18n/i18n-context';

export interface PeoplePickerProps {
  readonly api: Pick<ApiClient, 'searchPeople'>;
  readonly label: string;
  /** The person chosen, or null while the text is not a person from the list. */
  readonly onChange: (person: DirectoryPerson | null) => void;
  /** Shown under the field (e.g. "choose a person from the list"). */
  readonly validationMessage?: string | undefined;
  /** Ids of further descriptions (e.g. a hint about whom the person may nominate). */
  readonly describedBy?: string | undefined;
  /** How long typing must pause before the directory is asked (ms). */
  readonly debounceMs?: number;
}

/** What the directory answered for one search text. */
type Answer =
  | { readonly query: string; readonly people: readonly DirectoryPerson[] }
  | { readonly query: string; readonly failed: true };

type Search =
  | { readonly kind: 'hint' }
  | { readonly kind: 'tooShort' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'searching'; readonly query: string }
  | { readonly kind: 'found'; readonly people: readonly DirectoryPerson[] }
  | { readonly kind: 'failed' };

/** Where a search stands, from the text, the person chosen and the last answer. */
function searchOf(text: string, chosen: string | null, answer: Answer | null): Search {
  const query = normalizePeopleSearch(text);
  if (query === '' || chosen === text) return { kind: 'hint' };
  if (query.length < PEOPLE_SEARCH_LIMITS.minLength) return { kind: 'tooShort' };
  if (query.length > PEOPLE_SEARCH_LIMITS.maxLength || !PEOPLE_SEARCH_PATTERN.test(query))
    return { kind: 'invalid' };
  if (answer?.query !== query) return { kind: 'searching', query };
  return 'failed' in answer ? { kind: 'failed' } : { kind: 'found', people: answer.people };
}

const useStyles = makeStyles({
  root: { position: 'relative', minWidth: 'min(20rem, 100%)' },
  list: {
    position: 'absolute',
    zIndex: 10,
    insetInline: 0,
    marginBlock: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: 0,
    listStyleType: 'none',
    maxHeight: '18rem',
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow16,
  },
  option: {
    display: 'flex',
    flexDirection: 'column',
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalM,
    cursor: 'pointer',
    // No background of its own: high contrast's "selected" cyan leaves the white text unreadable.
    ':hover': { textDecorationLine: 'underline' },
  },
  active: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: '-2px',
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  details: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  status: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/**
 * A person from the office directory, searched as one types (debounced): an input with a listbox
 * (the ARIA combobox pattern with aria-activedescendant, so focus stays in the field), arrows to
 * move, Enter to choose, Escape to close, and a polite status that says how many were found. Plain
 * markup rather than Fluent's Combobox: its focus manager adds hidden focusable sentinels that axe
 * reports (see the README).
 */
export function PeoplePicker({
  api,
  label,
  onChange,
  validationMessage,
  describedBy,
  debounceMs = 250,
}: PeoplePickerProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const listId = useId();
  const statusId = useId();
  const [text, setText] = useState('');
  // The text a choice put in the field: it names a person, not a search.
  const [chosen, setChosen] = useState<string | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const search = searchOf(text, chosen, answer);
  const people = search.kind === 'found' ? search.people : [];
  const pending = search.kind === 'searching' ? search.query : null;

  useEffect(() => {
    if (pending === null) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      api.searchPeople(pending, PEOPLE_SEARCH_LIMITS.defaultTop, controller.signal).then(
        (found) => {
          setAnswer({ query: pending, people: found });
          setActive(-1);
          setOpen(found.length > 0);
        },
        () => {
          if (!controller.signal.aborted) setAnswer({ query: pending, failed: true });
        },
      );
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [api, pending, debounceMs]);

  const choose = (person: DirectoryPerson) => {
    setChosen(person.displayName);
    setText(person.displayName);
    setOpen(false);
    setActive(-1);
    onChange(person);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (people.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (!open) {
        setOpen(true);
        setActive(step === 1 ? 0 : people.length - 1);
        return;
      }
      setActive((current) => (current + step + people.length) % people.length);
    } else if (event.key === 'Enter' && open && active >= 0) {
      // Enter chooses the person; it does not submit the form around the field.
      event.preventDefault();
      const person = people[active];
      if (person) choose(person);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      // Escape closes the list, not a dialog the picker may sit in.
      event.stopPropagation();
      setOpen(false);
      setActive(-1);
    }
  };
  const statusText = (): string => {
    switch (search.kind) {
      case 'hint':
        return t('tab.people.hint');
      case 'tooShort':
        return t('tab.people.tooShort', { min: PEOPLE_SEARCH_LIMITS.minLength });
      case 'invalid':
        return t('tab.people.invalid');
      case 'searching':
        return t('tab.people.searching');
      case 'found':
        return search.people.length === 0
          ? t('tab.people.none')
          : t('tab.people.found', { count: search.people.length });
      case 'failed':
        return t('tab.error.network');
    }
  };
  const expanded = open && people.length > 0;
  const optionId = (index: number) => `${listId}-option-${index}`;
  return (
    <div className={styles.root}>
      <Field label={label} validationMessage={validationMessage}>
        <Input
          value={text}
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={[statusId, describedBy].filter(Boolean).join(' ')}
          onChange={(_event, data) => {
            setChosen(null);
            setText(data.value);
            // Typing shows the list again (at once when this text was searched before).
            setOpen(true);
            setActive(-1);
            onChange(null);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
      </Field>
      <ul id={listId} role="listbox" aria-label={label} className={styles.list} hidden={!expanded}>
        {expanded &&
          people.map((person, index) => (
            <li
              key={person.email}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={mergeClasses(styles.option, index === active && styles.active)}
              // Keeps focus in the field, so the click chooses instead of closing the list first.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(person)}
            >
              <span className={styles.name}>{person.displayName}</span>
              <span className={styles.details}>
                {[person.jobTitle, person.departmentName, person.email].filter(Boolean).join(' · ')}
              </span>
            </li>
          ))}
      </ul>
      <p id={statusId} role="status" className={styles.status}>
        {statusText()}
      </p>
    </div>
  );
}
