import type { CompetencyModelDraft } from '@kvalita/core';
import type { FieldErrors } from '../parts/field-error';

export interface ModelEditorProps {
  readonly draft: CompetencyModelDraft;
  readonly onChange: (draft: CompetencyModelDraft) => void;
  readonly errors: FieldErrors;
}

export interface CompetencyEditorProps extends ModelEditorProps {
  readonly groupIndex: number;
  readonly index: number;
  /** Its number in the whole model (1, 2 …), as the editor names it. */
  readonly number: number;
}

export interface GroupEditorProps extends ModelEditorProps {
  readonly index: number;
  /** The number of the group's first competency in the whole model. */
  readonly firstNumber: number;
}
