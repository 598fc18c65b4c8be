/** Chat notifications about documents, planned and sent like survey deliveries. */
export const DOCUMENT_NOTIFICATION_KINDS = [
  /** To reviewers when a draft is submitted: comment in chat. */
  'reviewRequest',
  /** To the approver when a draft is submitted. */
  'approvalRequest',
  /** To the owner: returned with a comment, or approved. */
  'returned',
  'approved',
  /** To the owner: 30 and 10 days before the review date, and when it is overdue. */
  'reviewSoon',
  'reviewOverdue',
  /** To each person of the audience when a version takes effect (or they join the audience). */
  'acknowledgementRequest',
  'acknowledgementReminder',
  /** To the head of department: who in their department has not confirmed after M days. */
  'acknowledgementEscalation',
] as const;
export type DocumentNotificationKind = (typeof DOCUMENT_NOTIFICATION_KINDS)[number];
