// Every text of the Kvalita web parts (the register Opatření and the dashboard Přehled opatření) and
// of their local page: default.js (Czech, the fallback for any page language) and en-us.js.
// The components take these as a prop, so the same texts serve SharePoint and the local page.
declare interface IMeasuresWebPartStrings {
  PropertyPaneDescription: string;
  DashboardPropertyPaneDescription: string;
  ConnectionGroupName: string;
  ServiceUrlFieldLabel: string;
  ApiAppIdUriFieldLabel: string;
  DisplayGroupName: string;
  DepartmentFieldLabel: string;
  ViewFieldLabel: string;
  ViewTable: string;
  ViewBoard: string;
  PageSizeFieldLabel: string;

  RegisterHeading: string;
  DashboardHeading: string;
  Loading: string;
  Empty: string;
  NotConfigured: string;
  /** "{0}" is the service's sentence. */
  LoadFailed: string;
  /** "{0}" shown of "{1}". */
  ShownOfTotal: string;
  LoadMore: string;
  Overdue: string;
  NoValue: string;

  FiltersLabel: string;
  FilterStatus: string;
  FilterDepartment: string;
  FilterOwner: string;
  FilterOrigin: string;
  FilterOverdue: string;
  FilterMine: string;
  AllOption: string;
  ClearFilters: string;

  ColumnTitle: string;
  ColumnStatus: string;
  ColumnPhase: string;
  ColumnDepartment: string;
  ColumnOwner: string;
  ColumnDeadline: string;
  ColumnProgress: string;
  ColumnSubcriterion: string;
  /** Board column heading; "{0}" is the phase. */
  BoardColumn: string;
  OpenDetail: string;

  Status: Record<'proposed' | 'approved' | 'inProgress' | 'effectivenessCheck' | 'closed' | 'cancelled', string>;
  Phase: Record<'plan' | 'do' | 'check' | 'act', string>;
  Kind: Record<'corrective' | 'preventive' | 'improvement', string>;
  Origin: Record<
    'selfAssessment' | 'survey' | 'feedback360' | 'mysteryShopping' | 'complaint' | 'audit' | 'other',
    string
  >;
  Priority: Record<'high' | 'medium' | 'low', string>;
  Action: Record<
    'edit' | 'approve' | 'start' | 'reportProgress' | 'requestCheck' | 'checkEffectiveness' | 'cancel',
    string
  >;
  UpdateKind: Record<
    | 'created'
    | 'edited'
    | 'approved'
    | 'started'
    | 'progress'
    | 'checkRequested'
    | 'checkedEffective'
    | 'checkedNotEffective'
    | 'cancelled',
    string
  >;

  DetailClose: string;
  DetailLoading: string;
  HistoryHeading: string;
  NoHistory: string;
  ActionsHeading: string;
  /** "{0}" who, "{1}" when. */
  UpdateBy: string;
  FieldKind: string;
  FieldOrigin: string;
  FieldPriority: string;
  FieldDepartment: string;
  FieldOwner: string;
  FieldDeadline: string;
  FieldCheckDate: string;
  FieldProgress: string;
  FieldProblem: string;
  FieldRootCause: string;
  FieldSteps: string;
  FieldExpectedResult: string;
  FieldEffectivenessCriterion: string;
  FieldCancelReason: string;
  FieldEffective: string;
  Yes: string;
  No: string;
  StepDone: string;
  StepOpen: string;

  CreateButton: string;
  CreateHeading: string;
  EditHeading: string;
  FormTitle: string;
  FormKind: string;
  FormOrigin: string;
  FormSubcriterion: string;
  FormDepartment: string;
  FormPriority: string;
  FormDeadline: string;
  FormProblem: string;
  FormExpectedResult: string;
  FormEffectivenessCriterion: string;
  FormCheckDate: string;
  FormProgress: string;
  FormPhase: string;
  FormNote: string;
  FormReason: string;
  FormEffective: string;
  FormNewDeadline: string;
  FormRequired: string;
  Submit: string;
  CancelForm: string;
  Saved: string;
  /** "{0}" is the service's sentence. */
  ChangeFailed: string;

  Tiles: Record<'open' | 'overdue' | 'dueSoon' | 'awaitingCheck' | 'closedThisYear', string>;
  ChartByStatus: string;
  ChartByCriterion: string;
  /** "{0}" is the criterion's number. */
  CriterionLabel: string;
  NoCriterion: string;
  /** "{0}" counted measures. */
  ChartCounted: string;
  /** "{0}" label, "{1}" count. */
  ChartBarText: string;

  LocalPageTitle: string;
  LocalPageSignInAs: string;
  LocalPageLanguage: string;
}

declare module 'MeasuresWebPartStrings' {
  const strings: IMeasuresWebPartStrings;
  export = strings;
}
