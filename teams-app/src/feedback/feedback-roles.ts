import { mayCoordinate, type Me, type Role } from '@kvalita/core';

/** Roles whose holders may open the organisation view (the service narrows a head's to their departments). */
const ORGANISATION_ROLES: readonly Role[] = [
  'qualityManager',
  'hrCoordinator',
  'director',
  'headOfDepartment',
];

/** Whether the signed-in person coordinates cycles and authors models (core's role matrix). */
export const coordinates = (me: Me) =>
  mayCoordinate({ email: me.email, roles: me.roles, departmentCodes: [] });

/** Whether the organisation view is offered; what it shows is the service's answer. */
export const seesOrganisation = (me: Me) => me.roles.some((role) => ORGANISATION_ROLES.includes(role));
