import { aesSealedBox } from '@kvalita/bot';
import { TEST_RESPONDENT_SECRET } from './e2e-stack';

export { TEST_RESPONDENT_SECRET };

/** The sealed box the test stack's service uses (derived from its respondent secret). */
export const TEST_ANSWER_BOX = aesSealedBox(TEST_RESPONDENT_SECRET);
