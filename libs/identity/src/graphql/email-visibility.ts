import { AuthUser, Role } from '@jalin/authz';

/**
 * E-mail addresses stay inside their organization: a user's e-mail is shown to the user, to its
 * colleagues and to the admin. Counterparties reach each other through a deal's contacts instead.
 */
export function emailVisible(user: { organizationId: string; ownAccount?: boolean }, viewer: AuthUser | null | undefined): boolean {
  if (user.ownAccount) return true;
  if (!viewer) return false;
  return viewer.role === Role.ADMIN || viewer.organizationId === user.organizationId;
}
