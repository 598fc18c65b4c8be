import { CycleFormPage } from './cycles/CycleFormPage';
import { CycleListPage } from './cycles/CycleListPage';
import { CyclePage } from './cycles/CyclePage';
import { RaterLoadPage } from './cycles/RaterLoadPage';
import { ReleasePage } from './cycles/ReleasePage';
import type { FeedbackPagesProps } from './feedback.types';
import { MyDataPage } from './mine/MyDataPage';
import { MyFeedbackPage } from './mine/MyFeedbackPage';
import { ModelEditorPage } from './models/ModelEditorPage';
import { ModelListPage } from './models/ModelListPage';
import { NominationPage } from './nominations/NominationPage';
import { OrganisationPage } from './organisation/OrganisationPage';
import { ReportPage } from './report/ReportPage';

/** The page the feedback place names; each page is keyed by what it shows, so it starts afresh. */
export function FeedbackPages({ view, ...props }: FeedbackPagesProps) {
  switch (view.page) {
    case 'mine':
      return <MyFeedbackPage {...props} />;
    case 'myData':
      return <MyDataPage {...props} />;
    case 'models':
      return <ModelListPage {...props} />;
    case 'model':
      return <ModelEditorPage key={`model-${view.modelId ?? 'new'}`} {...props} modelId={view.modelId} />;
    case 'cycles':
      return <CycleListPage {...props} />;
    case 'newCycle':
      return <CycleFormPage key="new" {...props} cycleId={null} />;
    case 'cycle':
      switch (view.section) {
        case 'edit':
          return <CycleFormPage key={`edit-${view.cycleId}`} {...props} cycleId={view.cycleId} />;
        case 'load':
          return <RaterLoadPage key={`load-${view.cycleId}`} {...props} cycleId={view.cycleId} />;
        case 'release':
          return <ReleasePage key={`release-${view.cycleId}`} {...props} cycleId={view.cycleId} />;
        default:
          return <CyclePage key={`cycle-${view.cycleId}`} {...props} cycleId={view.cycleId} />;
      }
    case 'nominations':
      return (
        <NominationPage
          key={`nominations-${view.cycleId}-${view.subjectId}`}
          {...props}
          cycleId={view.cycleId}
          subjectId={view.subjectId}
        />
      );
    case 'report':
      return (
        <ReportPage
          key={`report-${view.cycleId}-${view.subjectId}`}
          {...props}
          cycleId={view.cycleId}
          subjectId={view.subjectId}
        />
      );
    case 'organisation':
      return (
        <OrganisationPage
          key={`organisation-${view.cycleId ?? 'latest'}`}
          {...props}
          cycleId={view.cycleId}
        />
      );
  }
}
