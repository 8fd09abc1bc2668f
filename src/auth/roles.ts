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
