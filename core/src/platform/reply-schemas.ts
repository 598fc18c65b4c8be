import * as z from 'zod/mini';
import { CRITERION_KINDS, LOCALE_CODES, TEXT_STATUSES } from '../caf/model.types';
import {
  ROLES,
  SERVICE_ERROR_CODES,
  SERVICE_MODES,
  type CafModel,
  type DemoPeopleReply,
  type DepartmentsReply,
  type ErrorReply,
  type HealthReply,
  type Me,
  type PeopleSearchReply,
  type ServiceConfig,
} from './contract';
import { orNull, type AllTrue, type Reads } from './reply-schema';

/* The platform replies of contract.ts, checked at run time (the tab reads every answer with them). */

export const errorReplySchema = z.object({
  error: z.object({
    code: z.enum(SERVICE_ERROR_CODES),
    message: z.string(),
    details: z.optional(z.string()),
    reason: z.optional(
      z.object({
        key: z.string(),
        params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
      }),
    ),
  }),
});

export const serviceConfigSchema = z.object({ mode: z.enum(SERVICE_MODES) });

export const healthReplySchema = z.object({
  status: z.enum(['ok', 'degraded']),
  sharepoint: z.enum(['ok', 'unreachable']),
});

export const meSchema = z.object({
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
});

export const demoPeopleReplySchema = z.object({
  people: z.array(
    z.object({
      email: z.string(),
      displayName: z.string(),
      jobTitle: orNull(z.string()),
      departmentName: orNull(z.string()),
      roles: z.array(z.enum(ROLES)),
    }),
  ),
});

export const departmentsReplySchema = z.object({
  departments: z.array(z.object({ code: z.string(), name: z.string(), parentCode: z.nullable(z.string()) })),
});

export const peopleSearchReplySchema = z.object({
  people: z.array(
    z.object({
      email: z.string(),
      displayName: z.string(),
      jobTitle: orNull(z.string()),
      departmentName: orNull(z.string()),
    }),
  ),
});

const titled = { title: z.string(), titleStatus: z.enum(TEXT_STATUSES) };

export const cafModelSchema = z.object({
  locale: z.enum(LOCALE_CODES),
  criteria: z.array(
    z.object({
      number: z.int(),
      kind: z.enum(CRITERION_KINDS),
      ...titled,
      subcriteria: z.array(z.object({ code: z.string(), ...titled })),
    }),
  ),
});

type _PlatformReplies = AllTrue<
  [
    Reads<typeof errorReplySchema, ErrorReply>,
    Reads<typeof serviceConfigSchema, ServiceConfig>,
    Reads<typeof healthReplySchema, HealthReply>,
    Reads<typeof meSchema, Me>,
    Reads<typeof demoPeopleReplySchema, DemoPeopleReply>,
    Reads<typeof departmentsReplySchema, DepartmentsReply>,
    Reads<typeof peopleSearchReplySchema, PeopleSearchReply>,
    Reads<typeof cafModelSchema, CafModel>,
  ]
>;
