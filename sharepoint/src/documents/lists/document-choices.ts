import type {
  AcknowledgementScope,
  DocumentEventKind,
  DocumentKind,
  DocumentStatus,
  IssuingBody,
} from '@kvalita/core';

/*
 * The controlled documents' choices as people see them in SharePoint (Czech, the site's language;
 * code reads and writes the stable codes of core/src/documents/contract.ts).
 */

/** core's DOCUMENT_KINDS. */
export const DOCUMENT_KIND_CHOICES = [
  { code: 'methodology', label: 'Metodika' },
  { code: 'directive', label: 'Směrnice' },
  { code: 'standard', label: 'Standard' },
  { code: 'strategy', label: 'Strategie' },
  { code: 'codeOfEthics', label: 'Etický kodex' },
  { code: 'processDescription', label: 'Popis procesu' },
  { code: 'form', label: 'Formulář' },
  { code: 'other', label: 'Jiný dokument' },
] as const satisfies readonly { code: DocumentKind; label: string }[];

/** core's DOCUMENT_STATUSES (the glossary's "koncept" for a draft). */
export const DOCUMENT_STATUS_CHOICES = [
  { code: 'draft', label: 'Koncept' },
  { code: 'inReview', label: 'V připomínkovém řízení' },
  { code: 'approved', label: 'Schváleno' },
  { code: 'effective', label: 'Platný' },
  { code: 'withdrawn', label: 'Zrušený' },
] as const satisfies readonly { code: DocumentStatus; label: string }[];

/** The draft in progress beside the effective version (a revision), or the first draft. */
export const REVISION_STATUS_CHOICES = [
  { code: 'draft', label: 'Koncept' },
  { code: 'inReview', label: 'V připomínkovém řízení' },
] as const satisfies readonly { code: 'draft' | 'inReview'; label: string }[];

/** core's ISSUING_BODIES. */
export const ISSUING_BODY_CHOICES = [
  { code: 'secretary', label: 'Tajemník/tajemnice' },
  { code: 'director', label: 'Ředitel/ředitelka' },
  { code: 'mayor', label: 'Starosta/starostka' },
  { code: 'council', label: 'Rada' },
  { code: 'assembly', label: 'Zastupitelstvo' },
] as const satisfies readonly { code: IssuingBody; label: string }[];

/** core's ACKNOWLEDGEMENT_SCOPES. */
export const ACKNOWLEDGEMENT_SCOPE_CHOICES = [
  { code: 'office', label: 'Celý úřad' },
  { code: 'departments', label: 'Vybrané útvary' },
  { code: 'roles', label: 'Vybrané role' },
] as const satisfies readonly { code: AcknowledgementScope; label: string }[];

/** core's DOCUMENT_EVENT_KINDS. */
export const DOCUMENT_EVENT_KIND_CHOICES = [
  { code: 'created', label: 'Založeno' },
  { code: 'edited', label: 'Upraveno' },
  { code: 'uploaded', label: 'Nahrán soubor' },
  { code: 'submitted', label: 'Předloženo ke schválení' },
  { code: 'commented', label: 'Připomínka' },
  { code: 'returned', label: 'Vráceno k přepracování' },
  { code: 'approved', label: 'Schváleno' },
  { code: 'tookEffect', label: 'Nabylo platnosti' },
  { code: 'reviewConfirmed', label: 'Revize bez změny' },
  { code: 'revisionStarted', label: 'Zahájena revize' },
  { code: 'withdrawn', label: 'Zrušeno' },
] as const satisfies readonly { code: DocumentEventKind; label: string }[];
