import { CampaignFormPage } from './campaigns/CampaignFormPage';
import { CampaignListPage } from './campaigns/CampaignListPage';
import { CampaignPage } from './campaigns/CampaignPage';
import { ChecklistEditorPage } from './checklists/ChecklistEditorPage';
import { ChecklistListPage } from './checklists/ChecklistListPage';
import { FindingsPage } from './findings/FindingsPage';
import type { MysteryPagesProps } from './mystery.types';
import { ResultsPage } from './results/ResultsPage';
import { ReviewPage } from './schedule/ReviewPage';
import { SchedulePage } from './schedule/SchedulePage';
import { EvaluationPage } from './sheets/EvaluationPage';
import { MinePage } from './sheets/MinePage';

/** The page the mystery place names; each page is keyed by what it shows, so it starts afresh. */
export function MysteryPages({ view, ...props }: MysteryPagesProps) {
  switch (view.page) {
    case 'home':
    case 'mine':
      return <MinePage {...props} />;
    case 'campaigns':
      return <CampaignListPage {...props} />;
    case 'newCampaign':
      return <CampaignFormPage key="new" {...props} campaignId={null} />;
    case 'campaign': {
      const key = `${view.section}-${view.campaignId}`;
      const page = { ...props, campaignId: view.campaignId };
      switch (view.section) {
        case 'edit':
          return <CampaignFormPage key={key} {...page} />;
        case 'schedule':
          return <SchedulePage key={key} {...page} />;
        case 'review':
          return <ReviewPage key={key} {...page} />;
        case 'results':
          return <ResultsPage key={key} {...page} />;
        case 'findings':
          return <FindingsPage key={key} {...page} />;
        default:
          return <CampaignPage key={key} {...page} />;
      }
    }
    case 'evaluation':
      return (
        <EvaluationPage key={`evaluation-${view.evaluationId}`} {...props} evaluationId={view.evaluationId} />
      );
    case 'checklists':
      return <ChecklistListPage {...props} />;
    case 'checklist':
      return (
        <ChecklistEditorPage
          key={`checklist-${view.checklistId ?? 'new'}`}
          {...props}
          checklistId={view.checklistId}
        />
      );
  }
}
