import type { documentsChatCs } from './documents-chat.cs';

/** English texts of the chat cards about documents. */
export const documentsChatEn = {
  'bot.document.code': 'Code',
  'bot.document.version': 'Version',
  'bot.document.effectiveFrom': 'Effective from',
  'bot.document.reviewDate': 'Review date',
  'bot.document.owner': 'Owner',
  'bot.document.reason': 'Reason for change',
  'bot.document.openFile': 'Open the file',
  'bot.document.openTab': 'Open in Kvalita',
  'bot.document.notFound':
    'This document is not in Kvalita, or you have no access to it. Find documents in Kvalita.',
  'bot.document.invalid':
    'Kvalita could not read this card action; nothing was saved. Please open the document in Kvalita.',
  'bot.document.unknownPerson':
    'Kvalita did not find you in the office directory, so nothing was saved. Please ask the quality manager.',
  'bot.document.ack.title': 'Please read this document',
  'bot.document.ack.intro':
    'This version is effective from {date}. Please read it, then confirm with the button that you have.',
  'bot.document.ack.reminder': 'A reminder: you have not confirmed that you read this document yet.',
  'bot.document.ack.confirm': 'I confirm I have read it',
  'bot.document.ack.confirmed': 'You confirmed reading version {version} on {date}. Thank you.',
  'bot.document.ack.already':
    'You already confirmed reading version {version} on {date}; nothing more is stored.',
  'bot.document.ack.superseded':
    'Version {version} is no longer effective; version {current}, effective from {date}, replaced it. Only the effective version is confirmed.',
  'bot.document.ack.withdrawn': 'The document was withdrawn; you need not confirm it any more.',
  'bot.document.ack.notRequired': 'Kvalita does not ask you to confirm this document.',
  'bot.document.escalation.title': 'Unconfirmed documents in your department',
  'bot.document.escalation.intro':
    'These people in your department have not confirmed reading effective documents after {days} days:',
  'bot.document.escalation.line':
    '{code} {title} (version {version}): {acknowledged} of {audience} confirmed',
  'bot.document.escalation.waiting': 'Not confirmed: {names}',
  'bot.document.escalation.more': 'and {count} more',
  'bot.document.escalation.none': 'Everyone in your department has confirmed now. Thank you.',
  'bot.document.escalation.open': 'Show the documents in Kvalita',
  'bot.document.review.title': 'Periodic review of a document',
  'bot.document.review.soon':
    'The periodic review is due in {days} days, on {date}. Confirm the document without change, or start a new version.',
  'bot.document.review.overdue':
    'The periodic review is overdue; it was due on {date}. Please confirm the document without change, or start a new version.',
  'bot.document.review.done': 'The review is done; the next one is due on {date}.',
  'bot.document.review.open': 'Open the review in Kvalita',
  'bot.document.reviewRequest.title': 'Your comments on a draft, please',
  'bot.document.reviewRequest.intro':
    '{owner} submitted draft {version} for approval. Write your comments here or in Kvalita.',
  'bot.document.comment.label': 'Your comment',
  'bot.document.comment.placeholder': 'At most {max} characters.',
  'bot.document.comment.send': 'Send the comment',
  'bot.document.comment.saved': 'Thank you, your comment is saved:',
  'bot.document.comment.empty': 'The comment is not saved yet: please write it (at most {max} characters).',
  'bot.document.comment.closed':
    'Draft {version} is no longer in review, so the comment was not saved. See the document in Kvalita.',
  'bot.document.comment.notAllowed':
    'Only the draft’s reviewers, its approver and its owner may comment on it. Nothing was saved.',
  'bot.document.approvalRequest.title': 'A draft awaits your approval',
  'bot.document.approvalRequest.intro':
    '{owner} submitted draft {version} for approval. Read it, then approve it or return it with a comment in Kvalita.',
  'bot.document.approvalRequest.open': 'Open for approval',
  'bot.document.approvalRequest.decided': 'Draft {version} has been decided on.',
  'bot.document.returned.title': 'The draft is returned for changes',
  'bot.document.returned.intro': 'The approver returned draft {version} with this comment:',
  'bot.document.approved.title': 'The document is approved',
  'bot.document.approved.intro': 'Version {version} is approved and effective from {date}.',
  'bot.document.someone': 'The document’s owner',
} as const satisfies Record<keyof typeof documentsChatCs, string>;
