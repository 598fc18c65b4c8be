import { useState, type FormEvent } from 'react';

/** What went wrong with a save, kept as what happened (not as text) so it follows a language switch. */
export type FormProblem =
  { readonly kind: 'invalid' | 'stale' } | { readonly kind: 'error'; readonly error: unknown };

export interface EtagFormOptions<Values, Errors extends object> {
  readonly initial: Values;
  /** The stored item's etag, or null for a new one. */
  readonly initialEtag: string | null;
  /** The form's errors, field by field (none: it may be sent). */
  readonly validate: (values: Values) => Errors;
  /** Creates (etag null) or edits the item, then moves on. */
  readonly save: (values: Values, etag: string | null) => Promise<void>;
  readonly isStale: (error: unknown) => boolean;
  /** Reads the stored item's etag again after a stale save; null for a new item. */
  readonly reloadEtag: (() => Promise<string>) | null;
}

export interface EtagForm<Values, Errors extends object> {
  readonly values: Values;
  readonly setValues: (values: Values) => void;
  readonly errors: Errors;
  readonly problem: FormProblem | null;
  readonly busy: boolean;
  readonly submit: (event: FormEvent) => Promise<void>;
}

/**
 * A create-or-edit form saved with its item's etag: it checks the fields before sending, and a
 * stale edit (someone saved in between) takes the new etag and keeps every field as typed.
 */
export function useEtagForm<Values, Errors extends object>({
  initial,
  initialEtag,
  validate,
  save,
  isStale,
  reloadEtag,
}: EtagFormOptions<Values, Errors>): EtagForm<Values, Errors> {
  const [values, setValues] = useState(initial);
  const [etag, setEtag] = useState(initialEtag);
  const [errors, setErrors] = useState<Errors>({} as Errors);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setProblem({ kind: 'invalid' });
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await save(values, etag);
    } catch (error) {
      if (isStale(error) && reloadEtag !== null) {
        setProblem({ kind: 'stale' });
        reloadEtag().then(setEtag, (reloadError: unknown) =>
          setProblem({ kind: 'error', error: reloadError }),
        );
      } else setProblem({ kind: 'error', error });
    } finally {
      setBusy(false);
    }
  };

  return { values, setValues, errors, problem, busy, submit };
}
