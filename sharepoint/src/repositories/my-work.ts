import type { MeasureStatus } from '@kvalita/core';
import type { SPFI } from '@pnp/sp';
import '../pnp-imports';
import { inOneBatch } from '../batch';
import { sharePointCall } from '../errors';
import { odataString } from '../odata';
import type { RELATIONSHIP_CHOICES } from '../schema';
import {
  choiceCode,
  choiceLabel,
  documentAcknowledgementsList,
  feedbackNominationsList,
  fieldOf,
  measuresList,
  type ChoiceCode,
} from '../schema';
import { SiteLists } from '../web-url';

export interface OpenMeasure {
  readonly id: number;
  readonly title: string;
  readonly status: MeasureStatus | null;
  readonly deadline: string | null;
}

export interface AcknowledgementRequest {
  readonly id: number;
  readonly documentId: number;
  readonly documentTitle: string | null;
  readonly documentVersion: string;
  readonly etag: string;
}

export interface FeedbackInvitation {
  readonly id: number;
  readonly feedbackCycleId: number;
  readonly subjectName: string | null;
  readonly relationship: ChoiceCode<typeof RELATIONSHIP_CHOICES> | null;
}

/** What waits for one person across the quality system. */
export interface MyWork {
  readonly measures: readonly OpenMeasure[];
  readonly acknowledgements: readonly AcknowledgementRequest[];
  readonly feedbackInvitations: readonly FeedbackInvitation[];
}

const measureStatus = fieldOf(measuresList, 'Status');
const ackStatus = fieldOf(documentAcknowledgementsList, 'AcknowledgementStatus');
const nominationStatus = fieldOf(feedbackNominationsList, 'NominationStatus');
const relationship = fieldOf(feedbackNominationsList, 'Relationship');

/** At most this many rows per kind: a person's own to-do list, not a report. */
const TOP = 500;

/**
 * A person's to-do list (their open measures, documents to acknowledge, 360° feedback to give)
 * from three lists in one $batch, i.e. one round trip. Each query starts with the person column,
 * which is indexed, so it stays within the list view threshold on lists of any size.
 */
export class MyWorkRepository {
  private readonly site: SiteLists;

  constructor(
    private readonly sp: SPFI,
    webServerRelativeUrl?: string,
  ) {
    this.site = new SiteLists(sp, webServerRelativeUrl);
  }

  async forUser(userId: number): Promise<MyWork> {
    const id = Math.trunc(userId);
    const [measures, acknowledgements, nominations] = await Promise.all(
      [measuresList, documentAcknowledgementsList, feedbackNominationsList].map((schema) =>
        this.site.url(schema),
      ),
    );
    const closed = ['done', 'cancelled'].map(
      (code) => `Status ne ${odataString(choiceLabel(measureStatus, code))}`,
    );
    const [measureItems, ackItems, nominationItems] = await inOneBatch<
      [MeasureItem[], AckItem[], NominationItem[]]
    >(this.sp, (batched) => [
      sharePointCall(() =>
        batched.web
          .getList(measures as string)
          .items.select('Id', 'Title', 'Status', 'Deadline')
          .filter(`OwnerId eq ${id} and ${closed.join(' and ')}`)
          .orderBy('Deadline', true)
          .top(TOP)(),
      ),
      sharePointCall(() =>
        batched.web
          .getList(acknowledgements as string)
          .items.select('Id', 'DocumentId', 'Document/Title', 'DocumentVersion')
          .expand('Document')
          .filter(
            `ReaderId eq ${id} and AcknowledgementStatus eq ${odataString(choiceLabel(ackStatus, 'requested'))}`,
          )
          .top(TOP)(),
      ),
      sharePointCall(() =>
        batched.web
          .getList(nominations as string)
          .items.select('Id', 'FeedbackCycleId', 'Subject/Title', 'Relationship')
          .expand('Subject')
          .filter(
            `RaterId eq ${id} and NominationStatus eq ${odataString(choiceLabel(nominationStatus, 'invited'))}`,
          )
          .top(TOP)(),
      ),
    ]);
    return {
      measures: measureItems.map((item) => ({
        id: item.Id,
        title: item.Title,
        status: choiceCode(measureStatus, item.Status) as MeasureStatus | null,
        deadline: item.Deadline,
      })),
      acknowledgements: ackItems.map((item) => ({
        id: item.Id,
        documentId: item.DocumentId,
        documentTitle: item.Document?.Title ?? null,
        documentVersion: item.DocumentVersion,
        etag: item['odata.etag'] ?? '*',
      })),
      feedbackInvitations: nominationItems.map((item) => ({
        id: item.Id,
        feedbackCycleId: item.FeedbackCycleId,
        subjectName: item.Subject?.Title ?? null,
        relationship: choiceCode(relationship, item.Relationship) as FeedbackInvitation['relationship'],
      })),
    };
  }
}

interface MeasureItem {
  Id: number;
  Title: string;
  Status: string;
  Deadline: string | null;
}
interface AckItem {
  Id: number;
  DocumentId: number;
  Document?: { Title?: string | null } | null;
  DocumentVersion: string;
  'odata.etag'?: string;
}
interface NominationItem {
  Id: number;
  FeedbackCycleId: number;
  Subject?: { Title?: string } | null;
  Relationship: string;
}
