import type {
  AcknowledgeDocumentRequest,
  CommentDocumentRequest,
  DocumentActor,
  DocumentDetailReply,
  StoredDocument,
} from '@kvalita/core';

/*
 * Where the documents' service meets the chat. The service tells a DocumentNotifier what happened
 * (the chat plans its cards from it: reviewers and approver on submit, the owner on return and
 * approval, the audience when a version takes effect); the chat's card actions call back through
 * DocumentChatActions, which DocumentsService implements, so a confirmation from a card follows
 * the same rules as one from the tab.
 */

export interface DocumentNotifier {
  /** A draft went to review: its reviewers and approver are asked. */
  submitted(document: StoredDocument): Promise<void>;
  returned(document: StoredDocument, comment: string): Promise<void>;
  approved(document: StoredDocument): Promise<void>;
  /** A version took effect (on approval, or on its effective date): its audience is asked to confirm. */
  tookEffect(document: StoredDocument): Promise<void>;
  /** The document was withdrawn: whatever is still planned about it is dropped. */
  withdrawn(document: StoredDocument): Promise<void>;
}

export interface DocumentChatActions {
  acknowledge(
    actor: DocumentActor,
    id: number,
    request: AcknowledgeDocumentRequest,
  ): Promise<DocumentDetailReply>;
  comment(actor: DocumentActor, id: number, request: CommentDocumentRequest): Promise<DocumentDetailReply>;
}

/** Notifies nobody (tests of the service alone, and a service without chat). */
export const silentDocumentNotifier: DocumentNotifier = {
  submitted: async () => undefined,
  returned: async () => undefined,
  approved: async () => undefined,
  tookEffect: async () => undefined,
  withdrawn: async () => undefined,
};
