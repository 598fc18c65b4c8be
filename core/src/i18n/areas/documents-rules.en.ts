import type { documentsRulesCs } from './documents-rules.cs';

/** English texts of why the service refused a step on a controlled document. */
export const documentsRulesEn = {
  'documents.refused.hidden':
    'Only its owner, approver, reviewers and the quality manager see a document’s draft.',
  'documents.refused.createRole':
    'Controlled documents are created by the quality manager, the director or a head of department.',
  'documents.refused.ownerRole':
    'A document’s draft is edited and submitted by its owner or the quality manager.',
  'documents.refused.approverRole': 'Only the document’s named approver approves or returns it.',
  'documents.refused.commentRole':
    'The draft is commented on by its named reviewers, the approver, the owner and the quality manager.',
  'documents.refused.withdrawRole': 'An issued document is withdrawn by its approver or the director.',
  'documents.refused.notInAudience': 'You are not asked to confirm this document.',
  'documents.refused.overviewRole': 'The documents overview is for the quality manager and the director.',
  'documents.refused.ratesRole':
    'Acknowledgement figures are for the owner, the approver, the quality manager and the director.',
  'documents.refused.ownerByQualityManager': 'Only the quality manager names an owner other than themselves.',
  'documents.refused.selfApproval': 'An owner cannot approve their own document; someone else approves it.',
  'documents.rule.notInState.edit': 'Only a draft not yet submitted for approval can be edited.',
  'documents.rule.notInState.upload':
    'A new file can only be uploaded to a draft not yet submitted for approval.',
  'documents.rule.notInState.submit': 'Only a draft in progress can be submitted for approval.',
  'documents.rule.notInState.comment': 'Comments can only be made on a draft submitted for approval.',
  'documents.rule.notInState.approve': 'Only a draft submitted for approval can be approved.',
  'documents.rule.notInState.return': 'Only a draft submitted for approval can be returned.',
  'documents.rule.notInState.confirmReview':
    'A review can only be confirmed for an effective document with no new version under way.',
  'documents.rule.notInState.revise':
    'A new version can only be started for an effective document with no other new version under way.',
  'documents.rule.notInState.withdraw': 'Only an approved or effective document can be withdrawn.',
  'documents.rule.notInState.acknowledge': 'Only an effective document can be acknowledged.',
  'documents.rule.noFile': 'Upload the document’s file before submitting it for approval.',
  'documents.rule.reasonRequired': 'Say what changes in the new version and why.',
  'documents.rule.staleVersion':
    'The draft has changed meanwhile (a new file was uploaded). Reload the document and read the current version.',
  'documents.rule.effectivePast': 'The effective date may not be in the past.',
  'documents.rule.resolutionRequired':
    'The document is issued by the council, the assembly or the mayor: give the resolution’s number.',
  'documents.rule.supersededVersion':
    'This version is no longer (or not yet) in force. Reload the document and read the effective version.',
  'documents.rule.noAcknowledgement': 'This document does not ask for acknowledgements.',
  'documents.rule.codeFixed': 'An issued document keeps its code; it cannot be changed.',
  'documents.rule.fileTypeMismatch': 'The file must be of the type chosen when the document was created.',
  'documents.invalid.unknownPerson': 'The person named is not in the office directory.',
  'documents.invalid.unknownDepartment': 'The department named is not in the office directory.',
  'documents.invalid.codeTaken': 'A document with this code already exists.',
  'documents.file.lengthRequired': 'The upload did not say the file’s size. Try uploading the file again.',
  'documents.file.tooLarge': 'The file is larger than SharePoint allows (250 GB).',
  'documents.file.wrongType':
    'A controlled document can only be a .docx, .pdf or .xlsx file of the chosen type.',
  'documents.file.incomplete':
    'The upload broke off. Nothing was stored and the previous version is unchanged; try again.',
  'documents.file.empty': 'The file is empty.',
} as const satisfies Record<keyof typeof documentsRulesCs, string>;
