import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthUser, Role } from '@jalin/authz';
import { isUuid } from '@jalin/database';
import { CapabilityProfileEntity } from '../entities/capability-profile.entity';
import { ProfilesException } from '../profiles.exception';

/** Who may read which profile: buyers, the Dinas and admins any; an IKM only its own. */
function maySeeProfile(caller: AuthUser, profile: Pick<CapabilityProfileEntity, 'organizationId'>): boolean {
  return caller.role !== Role.IKM || caller.organizationId === profile.organizationId;
}

/** Verification history: the Dinas, admins and the IKM itself (buyers see the flag and its date). */
export function maySeeVerifications(caller: AuthUser, profile: Pick<CapabilityProfileEntity, 'organizationId'>): boolean {
  return caller.role === Role.DINAS || caller.role === Role.ADMIN || caller.organizationId === profile.organizationId;
}

@Injectable()
export class ProfileReader {
  findByOrganization(manager: EntityManager, organizationId: string): Promise<CapabilityProfileEntity | null> {
    return manager.findOneBy(CapabilityProfileEntity, { organizationId });
  }

  /** NOT_FOUND alike for a missing profile and one the caller may not see. */
  async findVisible(manager: EntityManager, id: string, caller: AuthUser): Promise<CapabilityProfileEntity> {
    const profile = isUuid(id) ? await manager.findOneBy(CapabilityProfileEntity, { id }) : null;
    if (!profile || !maySeeProfile(caller, profile)) throw ProfilesException.notFound();
    return profile;
  }
}
