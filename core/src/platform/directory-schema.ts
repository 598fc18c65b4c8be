import { z } from 'zod';
import type { Department, Person } from './directory';
import { ROLES } from './contract';

/** What a directory write must satisfy: every text fits its SharePoint column. */
export const departmentSchema: z.ZodType<Department> = z.object({
  code: z.string().min(1).max(32),
  name: z.string().min(1).max(255),
  parentCode: z.string().min(1).max(32).nullable(),
});

export const personSchema: z.ZodType<Person> = z.object({
  email: z.string().email().max(255),
  displayName: z.string().min(1).max(255),
  jobTitle: z.string().max(255).nullable(),
  departmentCode: z.string().min(1).max(32).nullable(),
  managerEmail: z.string().email().max(255).nullable(),
  roles: z.array(z.enum(ROLES)),
});
