import type { PeopleRepository } from '@kvalita/sharepoint';
import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { Respondent } from '../../surveys/answering/survey-answering';

/** Finds who is answering. The Entra object id is the stable identity; the e-mail only finds the department. */
export type RespondentResolver = (context: TurnContext) => Promise<Respondent>;

/** The stable identity of whoever sent the turn (keyed hashes are built from it). */
export function personIdOf(context: TurnContext): string {
  const from = context.activity.from;
  return from.aadObjectId ?? from.id;
}

export function directoryRespondentResolver(
  people: Pick<PeopleRepository, 'findByEmail'>,
  log: (line: string) => void,
): RespondentResolver {
  return async (context) => {
    const from = context.activity.from;
    let departmentCode: string | null = null;
    let email: string | null = null;
    try {
      const member = await TeamsInfo.getMember(context, from.id);
      email = member.email ?? member.userPrincipalName ?? null;
      if (email) departmentCode = (await people.findByEmail(email))?.departmentCode ?? null;
    } catch (error) {
      // The answer still counts without a department; only breakdowns lose it.
      log(`department lookup failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    return { personId: personIdOf(context), departmentCode, email };
  };
}
