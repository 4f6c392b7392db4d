import { Role } from './role.enum';

/** The caller, as proved by a verified access token. */
export interface AuthUser {
  userId: string;
  organizationId: string;
  role: Role;
  locale: string;
}
