import { feedbackPath, feedbackViewFromPath, type FeedbackView } from '../feedback/feedback-place';
import { mysteryPath, mysteryViewFromPath, type MysteryView } from '../mystery/mystery-place';
import { OPEN_DATASETS, type OpenDatasetKey } from '../opendata/contract';

/*
 * Where in the tab a person is: one value for the page on screen, written as a short path. The
 * path is the tab's URL fragment in a browser (so back, forward and reload keep the place) and a
 * Teams deep link's subEntityId (the tab gets it as page.subPageId), so chat cards and shared links
 * open the same page the tab shows. Parsing is strict: anything else opens the start page.
 */

/** The pages of one CAF cycle, in the order of the CAF journey. */
export const CYCLE_PAGES = ['overview', 'scoring', 'consensus', 'results', 'plan'] as const;
export type CyclePage = (typeof CYCLE_PAGES)[number];

/** The pages of one survey. */
const SURVEY_PAGES = ['edit', 'results'] as const;
type SurveyPage = (typeof SURVEY_PAGES)[number];

export type TabPlace =
  | { readonly kind: 'model' }
  | { readonly kind: 'cycles' }
  | {
      readonly kind: 'cycle';
      readonly cycleId: number;
      readonly page: CyclePage;
      /** On the scoring and consensus pages: the subcriterion open (e.g. "2.1"). */
      readonly subcriterion: string | null;
      /** On the plan page: the measure shown. */
      readonly measureId: number | null;
    }
  | { readonly kind: 'surveys' }
  | { readonly kind: 'newSurvey' }
  | { readonly kind: 'survey'; readonly surveyKey: string; readonly page: SurveyPage }
  /** The measures register; a channel tab shows one department's (its code in the address). */
  | { readonly kind: 'measures'; readonly departmentCode: string | null }
  | { readonly kind: 'newMeasure' }
  | { readonly kind: 'measure'; readonly measureId: number; readonly page: MeasurePage }
  /** A channel tab's configuration page: which department's register the tab shows. */
  | { readonly kind: 'measuresConfig' }
  /** The register of controlled documents (with the person's documents to confirm). */
  | { readonly kind: 'documents' }
  | { readonly kind: 'newDocument' }
  | { readonly kind: 'document'; readonly documentId: number; readonly page: DocumentPage }
  /** The quality manager's overview: approvals pending, reviews due, acknowledgement rates. */
  | { readonly kind: 'documentsOverview' }
  /** 360° feedback: the person's tasks, models, cycles, nominations, reports, the organisation view. */
  | { readonly kind: 'feedback'; readonly view: FeedbackView }
  /** Mystery shopping: my sheets, campaigns, the schedule, review, results, findings, checklists. */
  | { readonly kind: 'mystery'; readonly view: MysteryView }
  /**
   * Open data (the quality manager's): the overview of the datasets, their publication and the
   * log ("opendata"), or the preview of one dataset's files ("opendata/cafResults").
   */
  | { readonly kind: 'opendata'; readonly datasetKey: OpenDatasetKey | null };

/** The pages of one controlled document. */
export type DocumentPage = 'detail' | 'edit';

/** The pages of one measure. */
export type MeasurePage = 'detail' | 'edit';

export type CyclePlace = Extract<TabPlace, { readonly kind: 'cycle' }>;

/** The tab's areas, each with its own navigation button. */
export type TabArea =
  'model' | 'selfAssessment' | 'surveys' | 'measures' | 'documents' | 'feedback' | 'mystery' | 'opendata';

export const START_PLACE: TabPlace = { kind: 'model' };

/** A cycle's page, with nothing inside it chosen. */
export function cyclePlace(cycleId: number, page: CyclePage = 'overview'): CyclePlace {
  return { kind: 'cycle', cycleId, page, subcriterion: null, measureId: null };
}

const DOCUMENT_KINDS_OF_PLACE: readonly TabPlace['kind'][] = [
  'documents',
  'newDocument',
  'document',
  'documentsOverview',
];

export function areaOfPlace(place: TabPlace): TabArea {
  if (place.kind === 'model') return 'model';
  if (place.kind === 'cycles' || place.kind === 'cycle') return 'selfAssessment';
  if (place.kind === 'measures' || place.kind === 'newMeasure' || place.kind === 'measure') return 'measures';
  if (place.kind === 'measuresConfig') return 'measures';
  if (DOCUMENT_KINDS_OF_PLACE.includes(place.kind)) return 'documents';
  if (place.kind === 'feedback') return 'feedback';
  if (place.kind === 'mystery') return 'mystery';
  if (place.kind === 'opendata') return 'opendata';
  return 'surveys';
}

/** The first page of an area. */
export function areaHome(area: TabArea): TabPlace {
  if (area === 'model') return START_PLACE;
  if (area === 'measures') return { kind: 'measures', departmentCode: null };
  if (area === 'documents') return { kind: 'documents' };
  if (area === 'feedback') return { kind: 'feedback', view: { page: 'mine' } };
  if (area === 'mystery') return { kind: 'mystery', view: { page: 'home' } };
  if (area === 'opendata') return { kind: 'opendata', datasetKey: null };
  return { kind: area === 'surveys' ? 'surveys' : 'cycles' };
}

const SURVEY_KEY = /^srv-[a-z0-9]{8}$/;
const MEASURE_SEGMENT = /^measure-(\d+)$/;
/**
 * A subcriterion's code as CAF writes it ("2.1"). Only its form: the model's data stays out of the
 * tab's start, and a page given a code the model lacks opens its first subcriterion.
 */
const SUBCRITERION = /^[1-9]\.[1-9]$/;
/** The form chat cards sent before places had paths: still opens the cycle's results. */
const OLD_RESULTS_ID = /^cycle-(\d+)-results$/;

/** The path of a place ("" for the start page). */
export function placePath(place: TabPlace): string {
  switch (place.kind) {
    case 'model':
      return '';
    case 'cycles':
      return 'caf';
    case 'cycle': {
      const base = `caf/${place.cycleId}`;
      if (place.page === 'overview') return base;
      if (place.subcriterion !== null && (place.page === 'scoring' || place.page === 'consensus'))
        return `${base}/${place.page}/${place.subcriterion}`;
      if (place.measureId !== null && place.page === 'plan') return `${base}/plan/measure-${place.measureId}`;
      return `${base}/${place.page}`;
    }
    case 'surveys':
      return 'surveys';
    case 'newSurvey':
      return 'surveys/new';
    case 'survey':
      return `surveys/${place.surveyKey}/${place.page}`;
    case 'measures':
      return place.departmentCode === null
        ? 'measures'
        : `measures/department/${encodeURIComponent(place.departmentCode)}`;
    case 'newMeasure':
      return 'measures/new';
    case 'measure':
      return place.page === 'detail' ? `measures/${place.measureId}` : `measures/${place.measureId}/edit`;
    case 'measuresConfig':
      return 'measures/configure';
    case 'documents':
      return 'documents';
    case 'newDocument':
      return 'documents/new';
    case 'documentsOverview':
      return 'documents/overview';
    case 'document':
      return place.page === 'detail' ? `documents/${place.documentId}` : `documents/${place.documentId}/edit`;
    case 'feedback':
      return feedbackPath(place.view);
    case 'mystery':
      return mysteryPath(place.view);
    case 'opendata':
      return place.datasetKey === null ? 'opendata' : `opendata/${place.datasetKey}`;
  }
}

/** A positive id of at most nine digits, or null. */
function idOf(text: string | undefined): number | null {
  return text !== undefined && /^[1-9]\d{0,8}$/.test(text) ? Number(text) : null;
}

function cycleFromPath(segments: readonly string[]): TabPlace | null {
  const cycleId = idOf(segments[0]);
  if (cycleId === null || segments.length > 3) return null;
  const page = segments[1] ?? 'overview';
  if (!(CYCLE_PAGES as readonly string[]).includes(page)) return null;
  if (page === 'overview' && segments[1] !== undefined) return null;
  const inner = segments[2];
  if (inner === undefined) return cyclePlace(cycleId, page as CyclePage);
  if ((page === 'scoring' || page === 'consensus') && SUBCRITERION.test(inner))
    return { ...cyclePlace(cycleId, page), subcriterion: inner };
  const measureId = idOf(MEASURE_SEGMENT.exec(inner)?.[1]);
  if (page === 'plan' && measureId !== null) return { ...cyclePlace(cycleId, page), measureId };
  return null;
}

function surveyFromPath(segments: readonly string[]): TabPlace | null {
  if (segments.length === 0) return { kind: 'surveys' };
  if (segments.length === 1 && segments[0] === 'new') return { kind: 'newSurvey' };
  const [surveyKey, page] = segments;
  if (segments.length !== 2 || surveyKey === undefined || !SURVEY_KEY.test(surveyKey)) return null;
  if (!(SURVEY_PAGES as readonly string[]).includes(page ?? '')) return null;
  return { kind: 'survey', surveyKey, page: page as SurveyPage };
}

/** A department's code as the office writes it ("OD", "OF-R"). */
const DEPARTMENT_CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;

function measureFromPath(segments: readonly string[]): TabPlace | null {
  const [first, second] = segments;
  if (first === undefined) return { kind: 'measures', departmentCode: null };
  if (segments.length === 1 && first === 'new') return { kind: 'newMeasure' };
  if (segments.length === 1 && first === 'configure') return { kind: 'measuresConfig' };
  if (segments.length === 2 && first === 'department' && second !== undefined) {
    const code = decodeURIComponent(second);
    return DEPARTMENT_CODE.test(code) ? { kind: 'measures', departmentCode: code } : null;
  }
  const measureId = idOf(first);
  if (measureId === null || segments.length > 2) return null;
  // The detail is the measure's own address ("measures/12"); only the other pages name themselves.
  if (second === undefined) return { kind: 'measure', measureId, page: 'detail' };
  return second === 'edit' ? { kind: 'measure', measureId, page: 'edit' } : null;
}

function documentFromPath(segments: readonly string[]): TabPlace | null {
  const [first, second] = segments;
  if (first === undefined) return { kind: 'documents' };
  if (segments.length === 1 && first === 'new') return { kind: 'newDocument' };
  if (segments.length === 1 && first === 'overview') return { kind: 'documentsOverview' };
  const documentId = idOf(first);
  if (documentId === null || segments.length > 2) return null;
  // As with measures: the detail is the document's own address ("documents/12").
  if (second === undefined) return { kind: 'document', documentId, page: 'detail' };
  return second === 'edit' ? { kind: 'document', documentId, page: 'edit' } : null;
}

/** An open data page: the overview, or the preview of a dataset Kvalita publishes. */
function openDataFromPath(segments: readonly string[]): TabPlace | null {
  const [key] = segments;
  if (key === undefined) return { kind: 'opendata', datasetKey: null };
  if (segments.length > 1 || !(OPEN_DATASETS as readonly string[]).includes(key)) return null;
  return { kind: 'opendata', datasetKey: key as OpenDatasetKey };
}

/** The place a path names, or null when it names none (a mistyped or foreign link). */
export function placeFromPath(path: string | null | undefined): TabPlace | null {
  const text = (path ?? '')
    .trim()
    .replace(/^#?\/?/, '')
    .replace(/\/$/, '');
  if (text.length > 200) return null;
  if (text === '' || text === 'model') return START_PLACE;
  const oldId = idOf(OLD_RESULTS_ID.exec(text)?.[1]);
  if (oldId !== null) return cyclePlace(oldId, 'results');
  const [area, ...rest] = text.split('/');
  if (area === 'caf') return rest.length === 0 ? { kind: 'cycles' } : cycleFromPath(rest);
  if (area === 'surveys') return surveyFromPath(rest);
  if (area === 'documents') return documentFromPath(rest);
  if (area === 'feedback') {
    const view = feedbackViewFromPath(rest);
    return view === null ? null : { kind: 'feedback', view };
  }
  if (area === 'mystery') {
    const view = mysteryViewFromPath(rest);
    return view === null ? null : { kind: 'mystery', view };
  }
  if (area === 'opendata') return openDataFromPath(rest);
  if (area === 'measures') {
    try {
      return measureFromPath(rest);
    } catch {
      // A malformed %-escape in a department's code: no place.
      return null;
    }
  }
  return null;
}
