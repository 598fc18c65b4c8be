import { expect } from '@jest/globals';
import { EmulatorUser, SharePointError } from '@kvalita/sharepoint';
import { BearerToken } from '@pnp/queryable';
import type { SPFI } from '@pnp/sp';
import type { ContractTarget } from './contract-target';

/*
 * An ordinary site member going to SharePoint's REST API directly (rule 9's tests): locally a demo
 * person of the emulator's directory; online a member's delegated token in SP_MEMBER_ACCESS_TOKEN
 * (null without one: those tests then check nothing online).
 */

export function siteMember(target: ContractTarget, email: string): SPFI | null {
  const memberToken = process.env['SP_MEMBER_ACCESS_TOKEN'];
  if (target.emulator) return target.connect({ retry: false }, EmulatorUser(email));
  return memberToken ? target.connect({ retry: false }, BearerToken(memberToken)) : null;
}

/** What SharePoint answered a request it refused; fails when it carried the request out. */
export async function refusal(request: Promise<unknown>): Promise<{ status: number; code: string }> {
  try {
    await request;
  } catch (error) {
    if (error instanceof SharePointError) return { status: error.status, code: error.code };
    throw error;
  }
  throw new Error('SharePoint answered a request it should have refused');
}

export const ACCESS_DENIED = { status: 403, code: expect.stringContaining('UnauthorizedAccessException') };
