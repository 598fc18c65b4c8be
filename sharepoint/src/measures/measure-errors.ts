/**
 * An owner, co-owner, step owner or author SharePoint cannot resolve (ensureUser refused the
 * e-mail). A RangeError: the service's withDomainErrors answers it with a clear 400.
 */
export class UnknownPersonError extends RangeError {
  override readonly name = 'UnknownPersonError';

  constructor(readonly email: string) {
    super(`Unknown person "${email}": not in the office's directory`);
  }
}
