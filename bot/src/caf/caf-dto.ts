import {
  subcriterionScore,
  type ConsensusEntry,
  type IndividualScore,
  type StoredConsensus,
  type StoredScore,
  type StoredTeamMember,
  type SubcriterionOutcome,
  type TeamMember,
} from '@kvalita/core';

/*
 * The replies of docs/api-caf.md built from storage's records, field by field as core's contract
 * (core/src/caf/contract.ts) has them: a record's other fields never reach the tab.
 */

export function teamMemberOf(member: StoredTeamMember, submitted: boolean): TeamMember {
  return {
    email: member.email,
    displayName: member.displayName,
    role: member.role,
    departmentName: member.departmentName,
    submitted,
  };
}

export function individualScoreOf(score: StoredScore): IndividualScore {
  return {
    code: score.code,
    input: score.input,
    score: score.input ? subcriterionScore(score.input) : null,
    strengths: score.strengths,
    areasForImprovement: score.areasForImprovement,
    improvementIdeas: score.improvementIdeas,
    evidence: score.evidence,
    updatedAt: score.updatedAt,
    etag: score.etag,
  };
}

export function consensusEntryOf(entry: StoredConsensus): ConsensusEntry {
  return {
    code: entry.code,
    input: entry.input,
    score: subcriterionScore(entry.input),
    strengths: entry.strengths,
    areasForImprovement: entry.areasForImprovement,
    improvementIdeas: entry.improvementIdeas,
  };
}

export function outcomeOf(entry: StoredConsensus): SubcriterionOutcome {
  return {
    code: entry.code,
    score: subcriterionScore(entry.input),
    strengths: entry.strengths,
    areasForImprovement: entry.areasForImprovement,
    improvementIdeas: entry.improvementIdeas,
  };
}
