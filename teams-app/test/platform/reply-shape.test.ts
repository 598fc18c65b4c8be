import { describe, expect, it } from '@jest/globals';
import { cafModelSchema, demoPeopleReplySchema, meSchema, serviceConfigSchema } from '@kvalita/core/schemas';
import * as z from 'zod/mini';
import { describeSchema } from '../../src/platform/api/describe-schema';
import { shapeSchema } from '../../src/platform/api/reply-shape';
import { startReplies } from '../../src/platform/api/start-replies';

/** Replies as the service sends them, and as it must not: each read as zod reads it. */
const cases: readonly [string, z.core.$ZodType, { safeParse(input: unknown): unknown }, unknown[]][] = [
  [
    'config',
    serviceConfigSchema,
    startReplies.serviceConfig,
    [{ mode: 'local' }, { mode: 'other' }, {}, null],
  ],
  [
    'demo people',
    demoPeopleReplySchema,
    startReplies.demoPeople,
    [
      {
        people: [
          { email: 'a@b', displayName: 'A', jobTitle: 'J', departmentName: null, roles: ['director'] },
        ],
      },
      // Left out means null; a field more is dropped.
      { people: [{ email: 'a@b', displayName: 'A', roles: [], extra: 1 }] },
      { people: [{ email: 'a@b', displayName: 'A', jobTitle: 3, roles: [] }] },
      { people: [{ email: 'a@b', displayName: 'A', roles: ['emperor'] }] },
      { people: {} },
    ],
  ],
  [
    'me',
    meSchema,
    startReplies.me,
    [{ email: 'a@b', displayName: 'A', roles: ['director'] }, { email: 'a@b' }, []],
  ],
  [
    'CAF model',
    cafModelSchema,
    startReplies.cafModel,
    [
      {
        locale: 'cs',
        criteria: [
          {
            number: 1,
            kind: 'enabler',
            title: 'Vedení',
            titleStatus: 'confirmed',
            subcriteria: [{ code: '1.1', title: 'T', titleStatus: 'working' }],
          },
        ],
      },
      {
        locale: 'cs',
        criteria: [{ number: 1.5, kind: 'enabler', title: 'V', titleStatus: 'confirmed', subcriteria: [] }],
      },
      { locale: 'cs', criteria: [{ number: 'one' }] },
      { locale: 'xx', criteria: [] },
    ],
  ],
];

describe('the first page’s reply shapes', () => {
  it.each(cases)('read the %s reply exactly as its zod schema does', (_name, schema, shaped, replies) => {
    // Each list has replies zod takes and replies it refuses.
    expect(new Set(replies.map((reply) => z.safeParse(schema, reply).success))).toEqual(
      new Set([true, false]),
    );
    for (const reply of replies) {
      const expected = z.safeParse(schema, reply);
      const actual = shaped.safeParse(reply) as { success: boolean; data?: unknown };
      expect(actual.success).toBe(expected.success);
      if (expected.success) expect(actual.data).toEqual(expected.data);
    }
  });

  it('refuses to describe what it cannot check, so a richer contract fails loudly', () => {
    expect(() => describeSchema(z.string().check(z.minLength(1)))).toThrow();
    expect(() => describeSchema(z.strictObject({ a: z.string() }))).toThrow();
    expect(() => describeSchema(z.union([z.string(), z.number()]))).toThrow();
    expect(shapeSchema(describeSchema(z.object({ a: z.optional(z.string()) }))).safeParse({})).toEqual({
      success: true,
      data: {},
    });
  });
});
