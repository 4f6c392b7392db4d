import { SetMetadata } from '@nestjs/common';
import { ACCESS_RULE, AccessRule } from './access-rule';
import { Role } from './role.enum';

/** Anyone, signed in or not (login, register, taxonomy). */
export const AllowAnonymous = () => SetMetadata(ACCESS_RULE, { kind: 'anonymous' } satisfies AccessRule);

/** Any signed-in user, whatever the role; the service decides what they see. */
export const AllowAuthenticated = () =>
  SetMetadata(ACCESS_RULE, { kind: 'authenticated' } satisfies AccessRule);

/** Signed-in users of these roles only. */
export const AllowRoles = (...roles: [Role, ...Role[]]) =>
  SetMetadata(ACCESS_RULE, { kind: 'roles', roles } satisfies AccessRule);
