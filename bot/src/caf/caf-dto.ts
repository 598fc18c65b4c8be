import { z } from 'zod';
import type {
  CyclePermissions,
  CycleScope,
  CycleStatus,
  ScoringMethod,
  SubcriterionScoreInput,
  TeamRole,
} from '@kvalita/core';

/** Shapes of docs/api-caf.md: what the tab receives and what it may send. */
export interface CycleSummary {
  readonly id: number;
  readonly name: string;
  readonly method: ScoringMethod;
  readonly status: CycleStatus;
  readonly startDate: string;
  readonly endDate: string;
  readonly scope: CycleScope;
  readonly currentStep: number;
  readonly reportApproval: { readonly approvedBy: string; readonly approvedAt: string } | null;
  readonly myTeamRole: TeamRole | null;
  readonly mySubmitted: boolean;
  readonly permissions: CyclePermissions;
}

export interface TeamMemberDto {
  readonly email: string;
  readonly displayName: string;
  readonly role: TeamRole;
  readonly departmentName: string | null;
  readonly submitted: boolean;
}

export interface IndividualScoreDto {
  readonly code: string;
  readonly input: SubcriterionScoreInput | null;
  readonly score: number | null;
  readonly strengths: string;
  readonly areasForImprovement: string;
  readonly improvementIdeas: string;
  readonly evidence: readonly { title: string; url: string }[];
  readonly updatedAt: string;
  readonly etag: string;
}

const text = z.string().max(4000, 'at most 4,000 characters');

export const scoreDraftSchema = z
  .object({
    input: z.unknown().nullable(),
    strengths: text,
    areasForImprovement: text,
    improvementIdeas: text,
    evidence: z
      .array(
        z.object({
          title: z.string().trim().min(1).max(255),
          url: z
            .string()
            .max(2048)
            .url()
            .refine((url) => url.startsWith('https://'), 'evidence links must be https'),
        }),
      )
      .max(20),
    etag: z.string().max(64).nullable(),
  })
  .strict();

export const consensusBodySchema = z
  .object({ input: z.unknown(), strengths: text, areasForImprovement: text, improvementIdeas: text })
  .strict();

export const teamMemberBodySchema = z
  .object({ email: z.string().email().max(255), role: z.enum(['leader', 'member']) })
  .strict();

export const statusBodySchema = z.object({ status: z.string() }).strict();

export const newMeasureBodySchema = z
  .object({
    title: z.string().trim().min(3).max(255),
    kind: z.enum(['corrective', 'preventive', 'improvement']),
    ownerEmail: z.string().email().max(255),
    deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2027-03-31'),
    subcriterionCode: z.string().max(8).nullable(),
    description: z.string().max(4000),
  })
  .strict();
