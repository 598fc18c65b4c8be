/**
 * A department code the Departments list does not know (a survey's audience, a measure's
 * department). A RangeError: the service's withDomainErrors answers it with a clear 400.
 */
export class UnknownDepartmentError extends RangeError {
  override readonly name = 'UnknownDepartmentError';

  constructor(readonly code: string) {
    super(`Unknown department code "${code}"`);
  }
}
