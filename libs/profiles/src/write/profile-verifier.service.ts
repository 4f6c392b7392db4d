import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { isUuid } from '@jalin/database';
import { InputValidationException } from '@jalin/errors';
import { DomainEventName } from '@jalin/jobs';
import { OutboxWriter } from '@jalin/outbox';
import { CapabilityProfileEntity } from '../entities/capability-profile.entity';
import { ProfileVerificationEntity } from '../entities/profile-verification.entity';
import { ProfilesException } from '../profiles.exception';
import { PROFILE_LIMITS } from '../validation/profile-limits';

/** Dinas verification: a history row, the flag on the profile and an event, in one transaction. */
@Injectable()
export class ProfileVerifier {
  constructor(private readonly outbox: OutboxWriter) {}

  /**
   * Verifying a verified profile again adds to the history (a later visit, a new note). It does
   * not touch updatedAt, which keeps meaning "the IKM last changed its profile".
   */
  async verify(manager: EntityManager, profileId: string, byUserId: string, note: string | null | undefined): Promise<CapabilityProfileEntity> {
    const text = note == null || note.trim() === '' ? null : note.trim();
    if (text !== null && text.length > PROFILE_LIMITS.maxVerificationNoteLength) {
      throw InputValidationException.of('note', note, `must be at most ${PROFILE_LIMITS.maxVerificationNoteLength} characters`);
    }
    if (!isUuid(profileId)) throw ProfilesException.notFound();
    const profile = await manager.findOne(CapabilityProfileEntity, { where: { id: profileId }, lock: { mode: 'pessimistic_write' } });
    if (!profile) throw ProfilesException.notFound();

    const verification = await manager.save(manager.create(ProfileVerificationEntity, { profileId, verifiedByUserId: byUserId, note: text }));
    await manager
      .createQueryBuilder()
      .update(CapabilityProfileEntity)
      .set({ verified: true, verifiedAt: verification.verifiedAt, updatedAt: () => 'updated_at' })
      .where('id = :id', { id: profileId })
      .execute();
    await this.outbox.append(manager, DomainEventName.ProfileVerified, {
      profileId, organizationId: profile.organizationId, verificationId: verification.id, byUserId, note: text,
    });
    return manager.findOneByOrFail(CapabilityProfileEntity, { id: profileId });
  }
}
