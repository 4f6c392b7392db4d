import { Role } from './role.enum';

export const ACCESS_RULE = 'jalin:access-rule';

/** What an operation declares about its callers. Absent means nobody may call it. */
export type AccessRule =
  | { kind: 'anonymous' }
  | { kind: 'authenticated' }
  | { kind: 'roles'; roles: readonly Role[] };
