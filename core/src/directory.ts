import { z } from 'zod';

/** Roles of the architecture brief; app roles in the Entra token map to these in production. */
export const ROLES = [
  'qualityManager',
  'director',
  'headOfDepartment',
  'cafTeamMember',
  'employee',
  'mysteryEvaluator',
] as const;
export type Role = (typeof ROLES)[number];

export const departmentSchema = z.object({
  code: z.string().min(1).max(32),
  name: z.string().min(1).max(255),
  parentCode: z.string().min(1).max(32).nullable(),
});
export type Department = z.infer<typeof departmentSchema>;

export const personSchema = z.object({
  email: z.string().email().max(255),
  displayName: z.string().min(1).max(255),
  jobTitle: z.string().max(255).nullable(),
  departmentCode: z.string().min(1).max(32).nullable(),
  managerEmail: z.string().email().max(255).nullable(),
  roles: z.array(z.enum(ROLES)),
});
export type Person = z.infer<typeof personSchema>;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
