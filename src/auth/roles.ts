// Roles of the contract. A higher incident role includes the lower ones; admin is separate.
export const ROLES = ['reporter', 'responder', 'dpo', 'admin'] as const;
export type Role = (typeof ROLES)[number];

const GRANTS: Record<Role, readonly Role[]> = {
  reporter: ['reporter'],
  responder: ['reporter', 'responder'],
  dpo: ['reporter', 'responder', 'dpo'],
  admin: ['admin'],
};

/** Everything a user holding `roles` may act as. */
export function effectiveRoles(roles: readonly Role[]): Set<Role> {
  return new Set(roles.flatMap((role) => GRANTS[role]));
}

export function mayActAs(roles: readonly Role[], required: Role): boolean {
  return effectiveRoles(roles).has(required);
}

// Issue 14.2: those who approve notices or manage users sign in to the console with a second factor.
const SECOND_FACTOR_ROLES: readonly Role[] = ['dpo', 'admin'];

export function needsSecondFactor(roles: readonly Role[]): boolean {
  return roles.some((role) => SECOND_FACTOR_ROLES.includes(role));
}

const PRIMARY_ORDER: readonly Role[] = ['admin', 'dpo', 'responder', 'reporter'];

/** The one role a person is shown with (the console's `role`): the weightiest they hold. */
export function primaryRole(roles: readonly Role[]): Role {
  return PRIMARY_ORDER.find((role) => roles.includes(role)) ?? 'reporter';
}
