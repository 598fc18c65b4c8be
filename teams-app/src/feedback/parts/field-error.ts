import type { MessageKey, MessageParams } from '@kvalita/core';

/** A field's message: a catalogue key and its values, turned into text when shown (follows a language switch). */
export interface FieldError {
  readonly key: MessageKey;
  readonly values?: MessageParams;
}

/** A form's messages by field path ("name", "groups.0.competencies.1.definition"). */
export type FieldErrors = Readonly<Record<string, FieldError>>;
