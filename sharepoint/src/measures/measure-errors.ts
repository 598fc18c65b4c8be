/**
 * What a measure names and the site does not know. Both are RangeErrors, which the service's
 * withDomainErrors turns into a clear 400 ("storage refuses values it cannot hold").
 */

/** An owner, co-owner, step owner or author SharePoint cannot resolve (ensureUser refused the e-mail). */
export class UnknownPersonError extends RangeError {
  override readonly name = 'UnknownPersonError';

  constructor(readonly email: string) {
    super(`Unknown person "${email}": not in the office's directory`);
  }
}

/** A department code the site's Departments list does not hold. */
export class UnknownDepartmentError extends RangeError {
  override readonly name = 'UnknownDepartmentError';

  constructor(readonly departmentCode: string) {
    super(`Unknown department "${departmentCode}"`);
  }
}
