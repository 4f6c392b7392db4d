import { Role } from '@jalin/authz';
import { OrganizationEntity, UserEntity } from '@jalin/identity';
import { EntityManager } from 'typeorm';
import { DemoSeedContext } from '../demo-seed-context';
import { DemoOrganization } from '../demo-data.types';

/** DINAS and ADMIN users share one organization per role, as AccountService does for staff. */
const SHARED_ORGANIZATION_KINDS: readonly Role[] = [Role.DINAS, Role.ADMIN];

/**
 * Creates the organizations and their users that do not exist yet, keyed by e-mail: an
 * organization whose users already exist is the organization of those users, kept as it is.
 */
export async function seedOrganizations(manager: EntityManager, context: DemoSeedContext, organizations: readonly DemoOrganization[]): Promise<void> {
  for (const data of organizations) {
    const emails = data.users.map((u) => u.email.toLowerCase());
    const existing = await manager
      .createQueryBuilder(UserEntity, 'u')
      .where('lower(u.email) IN (:...emails)', { emails })
      .getMany();
    for (const user of existing) {
      if (user.role !== data.kind) {
        throw new Error(`demo login ${user.email} exists as ${user.role}, but the demo data needs a ${data.kind}: use another database or remove that account`);
      }
    }
    const organization = await organizationFor(manager, context, data, existing);
    context.addOrganization(data, organization);

    const byEmail = new Map(existing.map((u) => [u.email.toLowerCase(), u]));
    for (const account of data.users) {
      const found = byEmail.get(account.email.toLowerCase());
      if (found) {
        context.record('users', 'kept');
        context.addUser(found);
        continue;
      }
      const user = await manager.save(manager.create(UserEntity, {
        organizationId: organization.id,
        email: account.email,
        passwordHash: await context.hashDemoPassword(),
        name: account.name,
        role: data.kind,
        locale: account.locale ?? 'id',
        phone: account.phone ?? null,
        isDemo: true,
      }));
      context.record('users', 'created');
      context.addUser(user);
    }
  }
}

async function organizationFor(manager: EntityManager, context: DemoSeedContext, data: DemoOrganization, users: UserEntity[]): Promise<OrganizationEntity> {
  const owned = users[0] ? await manager.findOneBy(OrganizationEntity, { id: users[0].organizationId }) : null;
  const shared = !owned && SHARED_ORGANIZATION_KINDS.includes(data.kind)
    ? await manager.findOne(OrganizationEntity, { where: { kind: data.kind }, order: { createdAt: 'ASC' } })
    : null;
  const found = owned ?? shared;
  if (found) {
    context.record('organizations', 'kept');
    return found;
  }
  const created = await manager.save(manager.create(OrganizationEntity, {
    name: data.name,
    kind: data.kind,
    kecamatanCode: data.kecamatanCode,
    city: data.city,
    phone: data.phone,
    isDemo: true,
  }));
  context.record('organizations', 'created');
  return created;
}
