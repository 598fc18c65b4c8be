import { describe, expect, it } from '@jest/globals';
import { hmacRespondentKeyer } from '../../src/platform/respondent-key';
import { answerKeys } from '../../src/feedback/feedback-keys';
import { keyedFeedbackProgress } from '../../src/feedback/chat/feedback-progress';
import {
  CYCLE_ID,
  JIRI,
  LUCIE,
  MARIE,
  PETR,
  storedCycle,
  storedModel,
  storedSubject,
} from './feedback-fixture';
import { MemoryFeedbackOffice } from './memory-feedback-office';

const keyer = hmacRespondentKeyer('test-secret-of-at-least-thirty-two-characters');

describe('who has forms left, from the answers’ keys', () => {
  it('counts each rater’s approved forms and those whose keyed answer is stored, naming the open subjects', async () => {
    const office = new MemoryFeedbackOffice([JIRI, LUCIE, MARIE, PETR]);
    office.addCycle(storedCycle('rating'), storedModel());
    office.addSubject(storedSubject(11, LUCIE, PETR, { nominationState: 'approved' }), [
      { person: LUCIE, group: 'self' },
      { person: MARIE, group: 'peer' },
      { person: JIRI, group: 'directReport', state: 'declined' },
    ]);
    office.addSubject(storedSubject(12, JIRI, LUCIE, { nominationState: 'approved' }), [
      { person: MARIE, group: 'peer' },
    ]);
    // Marie's answer about Jiří is stored under its keys: storage knows keys, never names.
    const stored = new Set([answerKeys(keyer).formKeys(CYCLE_ID, JIRI.email, MARIE.email).respondentKey]);
    const asked: string[][] = [];
    const progress = keyedFeedbackProgress({
      nominations: office.nominationsStore,
      subjects: office.subjectsStore,
      answers: {
        existing: async (cycleId, keys) => {
          expect(cycleId).toBe(CYCLE_ID);
          asked.push([...keys]);
          return new Set(keys.filter((key) => stored.has(key)));
        },
      },
      keyer,
    });
    const standings = await progress(storedCycle('rating'));
    expect([...standings].sort((a, b) => a.email.localeCompare(b.email))).toEqual([
      { email: LUCIE.email, done: 0, total: 1, open: [LUCIE] },
      { email: MARIE.email, done: 1, total: 2, open: [LUCIE] },
    ]);
    // One lookup for the whole cycle, with keys only (no e-mail leaves for storage).
    expect(asked).toHaveLength(1);
    expect(asked[0]?.some((key) => key.includes('@'))).toBe(false);
  });
});
