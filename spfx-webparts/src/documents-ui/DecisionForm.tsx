import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import { DOCUMENT_LIMITS, type DocumentChangeReply, type QualityDocument } from '@kvalita/core';

import type { DocumentsApi } from '../documents-api/documents-api';
import { classes } from '../measures-ui/styles';
import { fill, type DocumentsTexts } from './texts';

/** What the approval web part lets a person decide. */
export const DECISION_ACTIONS = ['approve', 'return', 'comment', 'confirmReview', 'revise'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

/** Bodies issued by a resolution: the approver records it when approving. */
const RESOLUTION_BODIES: readonly string[] = ['mayor', 'council', 'assembly'];

export interface DecisionFormProps {
  readonly texts: DocumentsTexts;
  readonly action: DecisionAction;
  readonly document: QualityDocument;
  readonly busy: boolean;
  readonly onSubmit: (send: (api: DocumentsApi) => Promise<DocumentChangeReply>) => void;
  readonly onCancel: () => void;
}

/** The one form of a decision: its text (required where the owner must know what to change) and dates. */
export function DecisionForm(props: DecisionFormProps): React.ReactElement {
  const { texts, action, document } = props;
  const [text, setText] = React.useState('');
  const [effectiveFrom, setEffectiveFrom] = React.useState('');
  const [resolution, setResolution] = React.useState(document.issuingResolution ?? '');
  const [missing, setMissing] = React.useState<string | undefined>(undefined);
  const textRequired = action === 'return' || action === 'comment' || action === 'revise';
  const needsResolution = action === 'approve' && RESOLUTION_BODIES.indexOf(document.issuingBody) >= 0;
  const versionLabel = document.revision?.label ?? '';
  const textLabel = action === 'comment' ? texts.FormComment : action === 'approve' || action === 'return' ? texts.FormDecisionComment : texts.FormReviewNote;

  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    const required: string[] = [];
    if (textRequired && text.trim() === '') required.push(textLabel);
    if (needsResolution && resolution.trim() === '') required.push(texts.FormResolution);
    if (required.length > 0) {
      setMissing(fill(texts.FormRequired, required.join(', ')));
      return;
    }
    setMissing(undefined);
    const { id, etag } = document;
    const note = text.trim();
    if (action === 'approve') {
      props.onSubmit((api) =>
        api.approve(id, {
          etag,
          versionLabel,
          comment: note,
          effectiveFrom: effectiveFrom === '' ? null : effectiveFrom,
          issuingResolution: needsResolution ? resolution.trim() : null,
        }),
      );
    } else if (action === 'return') {
      props.onSubmit((api) => api.returnDraft(id, { etag, versionLabel, comment: note }));
    } else if (action === 'comment') {
      props.onSubmit((api) => api.comment(id, { versionLabel, text: note }));
    } else {
      props.onSubmit((api) => api.review(id, { etag, outcome: action === 'confirmReview' ? 'confirmed' : 'revise', note }));
    }
  };

  return (
    <form className={classes.form} onSubmit={submit} noValidate={true} aria-label={fill(texts.DecisionFormOf, texts.Action[action], `${document.code} ${document.title}`)}>
      <TextField
        label={textLabel}
        required={textRequired}
        multiline={true}
        rows={3}
        maxLength={action === 'comment' || action === 'approve' || action === 'return' ? DOCUMENT_LIMITS.comment : DOCUMENT_LIMITS.reason}
        value={text}
        onChange={(_event, value) => setText(value ?? '')}
      />
      {action === 'approve' ? (
        <TextField
          label={texts.FormEffectiveFrom}
          description={texts.FormEffectiveFromHint}
          type="date"
          value={effectiveFrom}
          onChange={(_event, value) => setEffectiveFrom(value ?? '')}
        />
      ) : undefined}
      {needsResolution ? (
        <TextField
          label={texts.FormResolution}
          required={true}
          maxLength={DOCUMENT_LIMITS.resolution}
          value={resolution}
          onChange={(_event, value) => setResolution(value ?? '')}
        />
      ) : undefined}
      {missing === undefined ? undefined : <p role="alert">{missing}</p>}
      <div className={classes.actions}>
        <PrimaryButton type="submit" text={texts.Action[action]} disabled={props.busy} />
        <DefaultButton text={texts.CancelForm} onClick={props.onCancel} disabled={props.busy} />
      </div>
    </form>
  );
}
