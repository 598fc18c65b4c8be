import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { errorText } from './error-text';
import type { FormProblem } from './use-etag-form';

export interface FormProblemBarProps {
  readonly problem: FormProblem | null;
  /** What the form says when a field is wrong, and when someone saved in between. */
  readonly invalidText: string;
  readonly staleText: string;
}

/** A form's problem with saving, focused when it shows so a screen reader reads it. */
export function FormProblemBar({ problem, invalidText, staleText }: FormProblemBarProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problem !== null) ref.current?.focus();
  }, [problem]);
  return (
    <div ref={ref} tabIndex={-1}>
      {problem !== null && (
        <MessageBar layout="multiline" intent="error" role="alert">
          <MessageBarBody>
            {problem.kind === 'invalid'
              ? invalidText
              : problem.kind === 'stale'
                ? staleText
                : errorText('error' in problem ? problem.error : null, t)}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
