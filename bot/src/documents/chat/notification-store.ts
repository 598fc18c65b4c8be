import type {
  DueNotificationOptions,
  NewDocumentNotification,
  NotificationPlanOutcome,
  StoredDocumentNotification,
} from '@kvalita/sharepoint';

/** The notifications list as the notifier, the planner and the fan-out use it (DocumentNotificationsRepository). */
export interface DocumentNotificationStore {
  plan(notifications: readonly NewDocumentNotification[]): Promise<NotificationPlanOutcome>;
  due(options?: DueNotificationOptions): AsyncGenerator<StoredDocumentNotification[]>;
  ofSubject(
    subject: Pick<NewDocumentNotification, 'kind' | 'documentId' | 'versionLabel' | 'occasion'>,
  ): Promise<StoredDocumentNotification[]>;
  ofDocument(documentId: number): Promise<StoredDocumentNotification[]>;
  claim(row: StoredDocumentNotification, at: Date): Promise<StoredDocumentNotification | null>;
  renew(row: StoredDocumentNotification, at: Date): Promise<StoredDocumentNotification | null>;
  markSent(row: StoredDocumentNotification, at: Date): Promise<void>;
  markFailed(row: StoredDocumentNotification, error: string, at: Date): Promise<void>;
  markSkipped(row: StoredDocumentNotification, reason: string, at: Date): Promise<void>;
  drop(row: StoredDocumentNotification, reason: string, at: Date): Promise<boolean>;
}

/** "Once per version" kinds have no other occasion. */
export const ONCE = '-';
