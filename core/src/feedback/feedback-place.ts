/*
 * The pages of 360° feedback in the tab, as part of the tab's places (platform/tab-place.ts):
 * "feedback" (what I must do), "feedback/my-data", "feedback/models", "feedback/models/new",
 * "feedback/models/12", "feedback/cycles", "feedback/cycles/new", "feedback/cycles/7",
 * "feedback/cycles/7/edit|load|release", "feedback/cycles/7/nominations/31",
 * "feedback/cycles/7/reports/31", "feedback/organisation", "feedback/organisation/7".
 * Chat cards link to the same paths (nominate, approve, a released report).
 */

/** The coordinator's pages of one cycle. */
export const FEEDBACK_CYCLE_PAGES = ['overview', 'edit', 'load', 'release'] as const;
export type FeedbackCyclePage = (typeof FEEDBACK_CYCLE_PAGES)[number];

export type FeedbackView =
  | { readonly page: 'mine' }
  | { readonly page: 'myData' }
  | { readonly page: 'models' }
  /** A model version in the editor; null = a new model. */
  | { readonly page: 'model'; readonly modelId: number | null }
  | { readonly page: 'cycles' }
  | { readonly page: 'newCycle' }
  | { readonly page: 'cycle'; readonly cycleId: number; readonly section: FeedbackCyclePage }
  /** A subject's nomination list: the subject proposes, the manager approves or changes it. */
  | { readonly page: 'nominations'; readonly cycleId: number; readonly subjectId: number }
  | { readonly page: 'report'; readonly cycleId: number; readonly subjectId: number }
  /** The heat map of a cycle; null = the newest released cycle the person may see. */
  | { readonly page: 'organisation'; readonly cycleId: number | null };

export type FeedbackPage = FeedbackView['page'];

/** A positive id of at most nine digits, or null. */
function idOf(text: string | undefined): number | null {
  return text !== undefined && /^[1-9]\d{0,8}$/.test(text) ? Number(text) : null;
}

/** The path of a feedback page, "feedback" first. */
export function feedbackPath(view: FeedbackView): string {
  switch (view.page) {
    case 'mine':
      return 'feedback';
    case 'myData':
      return 'feedback/my-data';
    case 'models':
      return 'feedback/models';
    case 'model':
      return `feedback/models/${view.modelId === null ? 'new' : view.modelId}`;
    case 'cycles':
      return 'feedback/cycles';
    case 'newCycle':
      return 'feedback/cycles/new';
    case 'cycle':
      return view.section === 'overview'
        ? `feedback/cycles/${view.cycleId}`
        : `feedback/cycles/${view.cycleId}/${view.section}`;
    case 'nominations':
      return `feedback/cycles/${view.cycleId}/nominations/${view.subjectId}`;
    case 'report':
      return `feedback/cycles/${view.cycleId}/reports/${view.subjectId}`;
    case 'organisation':
      return view.cycleId === null ? 'feedback/organisation' : `feedback/organisation/${view.cycleId}`;
  }
}

function cycleView(segments: readonly string[]): FeedbackView | null {
  const [first, second, third] = segments;
  if (segments.length === 1 && first === 'new') return { page: 'newCycle' };
  const cycleId = idOf(first);
  if (cycleId === null || segments.length > 3) return null;
  if (second === undefined) return { page: 'cycle', cycleId, section: 'overview' };
  if (segments.length === 2)
    return second !== 'overview' && (FEEDBACK_CYCLE_PAGES as readonly string[]).includes(second)
      ? { page: 'cycle', cycleId, section: second as FeedbackCyclePage }
      : null;
  const subjectId = idOf(third);
  if (subjectId === null) return null;
  if (second === 'nominations') return { page: 'nominations', cycleId, subjectId };
  if (second === 'reports') return { page: 'report', cycleId, subjectId };
  return null;
}

/** The feedback page the segments after "feedback" name, or null for none. */
export function feedbackViewFromPath(segments: readonly string[]): FeedbackView | null {
  const [area, ...rest] = segments;
  if (area === undefined) return { page: 'mine' };
  if (area === 'my-data') return rest.length === 0 ? { page: 'myData' } : null;
  if (area === 'models') {
    if (rest.length === 0) return { page: 'models' };
    if (rest.length !== 1) return null;
    if (rest[0] === 'new') return { page: 'model', modelId: null };
    const modelId = idOf(rest[0]);
    return modelId === null ? null : { page: 'model', modelId };
  }
  if (area === 'cycles') return rest.length === 0 ? { page: 'cycles' } : cycleView(rest);
  if (area === 'organisation') {
    if (rest.length === 0) return { page: 'organisation', cycleId: null };
    const cycleId = rest.length === 1 ? idOf(rest[0]) : null;
    return cycleId === null ? null : { page: 'organisation', cycleId };
  }
  return null;
}
