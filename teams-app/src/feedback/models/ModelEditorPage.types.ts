import type { CompetencyModel, CompetencyModelReply } from '@kvalita/core';
import type { NoticePageProps } from '../feedback.types';

export interface ModelEditorPageProps extends NoticePageProps {
  /** The version to show; null = a new model. */
  readonly modelId: number | null;
}

export interface ModelViewProps {
  readonly model: CompetencyModel;
}

export interface ModelActionsProps extends Pick<ModelEditorPageProps, 'api' | 'go'> {
  readonly model: CompetencyModel;
}

export interface ModelFormProps extends Pick<ModelEditorPageProps, 'api' | 'go'> {
  /** The stored version being edited; null = a new model. */
  readonly model: CompetencyModel | null;
  /** After an edit is saved: the stored version as the service now has it. */
  readonly onSaved: (model: CompetencyModel) => void;
}

export interface StoredModelProps extends Omit<ModelEditorPageProps, 'modelId'> {
  readonly reply: CompetencyModelReply;
}
