import { describe, expect, it } from '@jest/globals';
import type { StoredPerson } from '@kvalita/sharepoint';
import type { SPFI } from '@pnp/sp';
import { SharePointAudience } from '../../src/surveys/scheduler/audience-directory';

// Only the fields the audience reads; the rest of a directory entry does not matter here.
const person = (email: string): StoredPerson => ({ email, departmentCode: 'OSV' }) as unknown as StoredPerson;

/** The two calls SharePointAudience makes: one read of the site's users, ensureUser for the rest. */
function siteWith(known: Record<string, number>, ensurable: Record<string, number>): SPFI {
  const siteUsers = {
    select: () => async () => Object.entries(known).map(([Email, Id]) => ({ Id, Email })),
  };
  const ensureUser = async (email: string) => {
    const id = ensurable[email];
    if (id === undefined) throw new Error(`The user ${email} does not exist or is not unique.`);
    return { Id: id };
  };
  // A stand-in for the PnPjs fluent objects, only as deep as the code under test reads them.
  return { web: { siteUsers, ensureUser } } as unknown as SPFI;
}

describe('survey audience from the directory', () => {
  it('leaves out a person SharePoint cannot resolve and invites everyone else, logging only a count', async () => {
    const log: string[] = [];
    const audience = new SharePointAudience(
      siteWith({ 'a@lipova.example': 11 }, { 'c@lipova.example': 13 }),
      {
        list: async () => [
          person('a@lipova.example'),
          person('left.office@lipova.example'),
          person('c@lipova.example'),
        ],
      },
      { list: async () => [] },
      (line) => log.push(line),
    );
    expect(await audience.recipients({ kind: 'office' })).toEqual([11, 13]);
    expect(log).toHaveLength(1);
    expect(log[0]).toContain('1 of 3');
    expect(log.join('\n')).not.toContain('left.office');
  });
});
