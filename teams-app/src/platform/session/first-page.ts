import type { SharedRead } from '../load/shared-reads';

/**
 * What the signed-in pages read as they first open: who is signed in (SignedInPages, for the
 * navigation) and the CAF model (CafModelPage, the first page). Read ahead for a person remembered
 * from the last visit, so these go out together with the calls that confirm the person.
 */
export const FIRST_PAGE_READS: readonly SharedRead[] = ['getMe', 'getCafModel'];
