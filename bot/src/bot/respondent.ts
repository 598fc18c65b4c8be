import type { PeopleRepository } from '@kvalita/sharepoint';
import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Respondent } from '../pulse/pulse-service';

/** Finds who is answering. The Entra object id is the stable identity; the e-mail only finds the department. */
export type RespondentResolver = (context: TurnContext) => Promise<Respondent>;

export function directoryRespondentResolver(
  people: PeopleRepository,
  log: (line: string) => void,
): RespondentResolver {
  return async (context) => {
    const from = context.activity.from;
    const personId = from.aadObjectId ?? from.id;
    let departmentCode: string | null = null;
    try {
      const member = await TeamsInfo.getMember(context, from.id);
      const email = member.email ?? member.userPrincipalName;
      if (email) departmentCode = (await people.findByEmail(email))?.departmentCode ?? null;
    } catch (error) {
      // The answer still counts without a department; only breakdowns lose it.
      log(`department lookup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    return { personId, departmentCode };
  };
}
