// Every text of the Kvalita documents web parts (the register Dokumenty kvality and Schvalování
// dokumentů) and of their part of the local page: default.js (Czech, the fallback for any page
// language) and en-us.js. The components take these as a prop, so the same texts serve SharePoint
// and the local page.
declare interface IDocumentsWebPartStrings {
  PropertyPaneDescription: string;
  ApprovalsPropertyPaneDescription: string;
  ConnectionGroupName: string;
  ServiceUrlFieldLabel: string;
  ApiAppIdUriFieldLabel: string;
  DisplayGroupName: string;
  DefaultKindFieldLabel: string;
  PageSizeFieldLabel: string;
  ShowPendingFieldLabel: string;
  ShowMyDraftsFieldLabel: string;
  ShowReviewsFieldLabel: string;
  Yes: string;
  No: string;

  RegisterHeading: string;
  ApprovalsHeading: string;
  NotConfigured: string;
  Loading: string;
  LoadFailed: string;
  ChangeFailed: string;
  OpenFailed: string;
  Empty: string;
  ShownOfTotal: string;
  LoadMore: string;
  NoValue: string;
  Close: string;

  SearchFormLabel: string;
  SearchLabel: string;
  SearchButton: string;
  KindFilter: string;
  AllKinds: string;
  Kind: Record<'methodology' | 'directive' | 'standard' | 'strategy' | 'codeOfEthics' | 'processDescription' | 'form' | 'other', string>;
  VersionStatus: Record<'draft' | 'inReview' | 'approved' | 'effective' | 'superseded' | 'withdrawn', string>;

  ColumnCode: string;
  ColumnTitle: string;
  ColumnKind: string;
  ColumnVersion: string;
  ColumnEffectiveFrom: string;
  ColumnNextReview: string;
  ColumnOwner: string;
  ColumnVersions: string;
  ColumnStatus: string;
  ColumnEffective: string;
  ColumnApprovedBy: string;
  ColumnReason: string;
  ColumnFile: string;
  RequiresAcknowledgement: string;
  ReviewOverdue: string;
  VersionsButton: string;
  VersionsButtonOf: string;
  VersionsHeading: string;
  EffectiveSince: string;
  EffectiveBetween: string;
  OpenFile: string;
  OpenFileOf: string;

  PendingHeading: string;
  PendingLoading: string;
  PendingNone: string;
  PendingDetails: string;
  AcknowledgeButton: string;
  AcknowledgeButtonOf: string;
  AcknowledgeDone: string;

  AwaitingMeHeading: string;
  AwaitingMeNone: string;
  MyDraftsHeading: string;
  MyDraftsNone: string;
  ReviewsHeading: string;
  ReviewsNone: string;
  ListHeading: string;
  DraftLine: string;
  SubmittedOn: string;
  OwnerLine: string;
  ReasonLine: string;
  ReturnedWith: string;
  ReviewDate: string;
  EffectiveVersion: string;
  CommentsHeading: string;
  Action: Record<'approve' | 'return' | 'comment' | 'confirmReview' | 'revise', string>;
  ActionOf: string;
  DecisionFormOf: string;
  DecisionDone: string;
  FormComment: string;
  FormDecisionComment: string;
  FormReviewNote: string;
  FormEffectiveFrom: string;
  FormEffectiveFromHint: string;
  FormResolution: string;
  FormRequired: string;
  CancelForm: string;
}

declare module 'DocumentsWebPartStrings' {
  const strings: IDocumentsWebPartStrings;
  export = strings;
}
