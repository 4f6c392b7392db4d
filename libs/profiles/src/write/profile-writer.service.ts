import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Role } from '@jalin/authz';
import { InputValidationException } from '@jalin/errors';
import { DomainEventName } from '@jalin/jobs';
import { OutboxWriter } from '@jalin/outbox';
import { CapabilityProfileEntity } from '../entities/capability-profile.entity';
import { ProfileVerificationEntity, VerificationClearedReason } from '../entities/profile-verification.entity';
import { ProfileField, changedFields } from '../profile-content';
import { columnsOfContent, contentOfEntity } from '../profile-entity-content';
import { ProfilesErrorCode, ProfilesException } from '../profiles.exception';
import { checkProfileInput } from '../validation/profile-input.validator';
import { ProfileInput } from '../validation/profile-input';

export interface UpsertOutcome {
  profile: CapabilityProfileEntity;
  created: boolean;
  changedFields: ProfileField[];
  verificationCleared: boolean;
}

/**
 * Creates or replaces an IKM's profile inside the caller's transaction, with its outbox event.
 * Has no dependency beyond the outbox writer, so the demo seed can use it without Nest.
 */
@Injectable()
export class ProfileWriter {
  constructor(private readonly outbox: OutboxWriter) {}

  /**
   * A submission equal to the stored profile changes nothing and announces nothing. A change of
   * certifications voids the Dinas verification: the Dinas must look again.
   */
  async upsert(manager: EntityManager, organizationId: string, input: ProfileInput, byUserId: string | null): Promise<UpsertOutcome> {
    const check = checkProfileInput(input);
    if (!check.content) throw new InputValidationException(check.issues);
    const content = check.content;
    await this.lockIkmOrganization(manager, organizationId);

    const existing = await manager.findOneBy(CapabilityProfileEntity, { organizationId });
    if (!existing) {
      const inserted = await manager.insert(CapabilityProfileEntity, { organizationId, ...columnsOfContent(content) });
      const profileId = (inserted.identifiers[0] as { id: string }).id;
      await this.outbox.append(manager, DomainEventName.ProfileCreated, { profileId, organizationId, revision: 1, byUserId });
      return { profile: await this.reload(manager, profileId), created: true, changedFields: [], verificationCleared: false };
    }

    const changed = changedFields(contentOfEntity(existing), content);
    if (changed.length === 0) return { profile: existing, created: false, changedFields: [], verificationCleared: false };

    const verificationCleared = changed.includes('certifications') && existing.verified;
    const revision = existing.revision + 1;
    await manager.update(CapabilityProfileEntity, { id: existing.id }, {
      ...columnsOfContent(content),
      revision,
      ...(verificationCleared ? { verified: false, verifiedAt: null } : {}),
    });
    if (verificationCleared) {
      await manager
        .createQueryBuilder()
        .update(ProfileVerificationEntity)
        .set({ clearedAt: () => 'now()', clearedReason: VerificationClearedReason.CERTIFICATIONS_CHANGED })
        .where('profile_id = :id AND cleared_at IS NULL', { id: existing.id })
        .execute();
    }
    await this.outbox.append(manager, DomainEventName.ProfileChanged, {
      profileId: existing.id, organizationId, revision, changedFields: changed, verificationCleared, byUserId,
    });
    return { profile: await this.reload(manager, existing.id), created: false, changedFields: changed, verificationCleared };
  }

  /** Also serializes concurrent first submissions of one organization, which would both insert. */
  private async lockIkmOrganization(manager: EntityManager, organizationId: string): Promise<void> {
    const rows: { kind: Role }[] = await manager.query('SELECT kind FROM organization WHERE id = $1 FOR UPDATE', [organizationId]);
    if (rows[0]?.kind !== Role.IKM) {
      throw new ProfilesException(ProfilesErrorCode.NOT_AN_IKM, 'Only an IKM organization has a capability profile');
    }
  }

  private async reload(manager: EntityManager, id: string): Promise<CapabilityProfileEntity> {
    return manager.findOneByOrFail(CapabilityProfileEntity, { id });
  }
}
