import { z } from 'zod';

/** Shapes of docs/api-caf.md: what the tab receives is defined once in core; what it may send is parsed here. */
export type {
  CycleSummary,
  IndividualScore as IndividualScoreDto,
  TeamMemberSummary as TeamMemberDto,
} from '@kvalita/core';

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
