import { describe, expect, it } from '@jest/globals';
import {
  PhaseRuleError,
  forwardRefusal,
  notSubmitted,
  previousStatus,
  reviewRefusal,
  stepBackRefusal,
  stepBackWithdrawsApproval,
  translate,
  type PhaseFacts,
} from '../../src';

const team: PhaseFacts['team'] = [
  { name: 'Lucie Dvořáková', role: 'leader', submitted: true },
  { name: 'Marie Procházková', role: 'member', submitted: false },
  { name: 'Alena Němcová', role: 'member', submitted: true },
];
const facts = (changes: Partial<PhaseFacts>): PhaseFacts => ({
  status: 'preparation',
  approved: false,
  team,
  consensusCount: 0,
  ...changes,
});

describe('CAF phase rules', () => {
  it('moves only to the next phase', () => {
    expect(forwardRefusal(facts({ status: 'preparation' }), 'consensus')).toEqual({ kind: 'notNextPhase' });
    expect(forwardRefusal(facts({ status: 'report', approved: true }), 'closed')).toEqual({
      kind: 'notNextPhase',
    });
    expect(forwardRefusal(facts({ status: 'closed' }), 'preparation')).toEqual({ kind: 'notNextPhase' });
  });

  it('starts individual scoring only with a team that has a leader', () => {
    expect(forwardRefusal(facts({ team: [] }), 'scoring')).toEqual({ kind: 'emptyTeam' });
    expect(
      forwardRefusal(facts({ team: [{ name: 'Marie', role: 'member', submitted: false }] }), 'scoring'),
    ).toEqual({ kind: 'noLeader' });
    expect(forwardRefusal(facts({}), 'scoring')).toBeNull();
  });

  it('opens the consensus when everyone submitted, or when scoring is ended on purpose, naming who had not', () => {
    const scoring = facts({ status: 'scoring' });
    expect(forwardRefusal(scoring, 'consensus')).toEqual({
      kind: 'scoresNotSubmitted',
      missing: ['Marie Procházková'],
    });
    expect(forwardRefusal(scoring, 'consensus', { endScoring: true })).toBeNull();
    expect(notSubmitted(scoring)).toEqual(['Marie Procházková']);
    const everyone = facts({
      status: 'scoring',
      team: team.map((member) => ({ ...member, submitted: true })),
    });
    expect(forwardRefusal(everyone, 'consensus')).toBeNull();
    // Ending scoring does not make up for a team without anybody on it.
    expect(forwardRefusal(facts({ status: 'scoring', team: [] }), 'consensus', { endScoring: true })).toEqual(
      {
        kind: 'emptyTeam',
      },
    );
  });

  it('writes the report only with a consensus on at least one subcriterion', () => {
    expect(forwardRefusal(facts({ status: 'consensus' }), 'report')).toEqual({ kind: 'noConsensus' });
    expect(forwardRefusal(facts({ status: 'consensus', consensusCount: 1 }), 'report')).toBeNull();
  });

  it('starts the improvement plan and closes only after the director approved the report', () => {
    expect(forwardRefusal(facts({ status: 'report' }), 'improvement')).toEqual({ kind: 'reportNotApproved' });
    expect(forwardRefusal(facts({ status: 'report', approved: true }), 'improvement')).toBeNull();
    expect(forwardRefusal(facts({ status: 'improvement', approved: false }), 'closed')).toEqual({
      kind: 'reportNotApproved',
    });
    expect(forwardRefusal(facts({ status: 'improvement', approved: true }), 'closed')).toBeNull();
  });

  it('steps back one phase, never from preparation nor from a closed cycle', () => {
    expect(previousStatus('improvement')).toBe('report');
    expect(previousStatus('scoring')).toBe('preparation');
    expect(stepBackRefusal({ status: 'preparation' })).toEqual({ kind: 'noPreviousPhase' });
    expect(stepBackRefusal({ status: 'closed' })).toEqual({ kind: 'noPreviousPhase' });
    expect(stepBackRefusal({ status: 'report' })).toBeNull();
  });

  it('withdraws the approval when stepping back to the report or before it', () => {
    expect(stepBackWithdrawsApproval({ status: 'improvement', approved: true })).toBe(true);
    expect(stepBackWithdrawsApproval({ status: 'report', approved: true })).toBe(true);
    expect(stepBackWithdrawsApproval({ status: 'improvement', approved: false })).toBe(false);
  });

  it('lets the director review only a report that waits for approval', () => {
    expect(reviewRefusal({ status: 'report', approved: false })).toBeNull();
    expect(reviewRefusal({ status: 'report', approved: true })).toEqual({ kind: 'reportAlreadyApproved' });
    expect(reviewRefusal({ status: 'consensus', approved: false })).toEqual({ kind: 'reportNotWaiting' });
  });

  it('refuses with a conflict that says what is missing, in Czech and English', () => {
    const error = new PhaseRuleError({
      kind: 'scoresNotSubmitted',
      missing: ['Marie Procházková', 'Jiří Kučera'],
    });
    expect(error.code).toBe('conflict');
    const cs = translate('cs', error.messageKey, error.params);
    const en = translate('en', error.messageKey, error.params);
    expect(cs).toContain('Marie Procházková, Jiří Kučera');
    expect(en).toContain('Marie Procházková, Jiří Kučera');
    expect(cs).not.toContain('mezitím');
    const approval = new PhaseRuleError({ kind: 'reportNotApproved' });
    expect(translate('cs', approval.messageKey, approval.params)).toContain('neschválil');
    expect(translate('en', approval.messageKey, approval.params)).toContain('not approved');
  });
});
