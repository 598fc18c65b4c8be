import type {
  AnonymousGroup,
  NominationCount,
  PersonRef,
  RaterLoad,
  SubjectNominationsReply,
} from '@kvalita/core';
import type { ApiClient } from '../../platform/api/api.types';
import type { NoticePageProps } from '../feedback.types';
import type { ChosenRater } from './nomination-list';

export interface NominationPageProps extends NoticePageProps {
  readonly cycleId: number;
  readonly subjectId: number;
}

export interface RaterGroupPanelProps {
  readonly api: Pick<ApiClient, 'searchPeople'>;
  readonly count: NominationCount;
  readonly raters: readonly ChosenRater[];
  readonly editable: boolean;
  readonly onAdd: (person: PersonRef, group: AnonymousGroup) => void;
  readonly onRemove: (rater: ChosenRater) => void;
}

export interface SuggestionsProps {
  readonly suggestions: readonly RaterLoad[];
  readonly chosen: readonly ChosenRater[];
  readonly onAdd: (person: PersonRef, group: AnonymousGroup) => void;
}

export interface NominationFactsProps {
  readonly reply: SubjectNominationsReply;
}
