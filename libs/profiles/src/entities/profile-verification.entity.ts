import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { UserEntity } from '@jalin/identity';
import { CapabilityProfileEntity } from './capability-profile.entity';

/** Why a verification stopped counting. */
export enum VerificationClearedReason {
  CERTIFICATIONS_CHANGED = 'CERTIFICATIONS_CHANGED',
}

/**
 * One verification of a profile by a Dinas officer. Rows are never deleted: a later change that
 * voids the verification sets clearedAt, so the Dinas keeps the history of who looked, when and why.
 */
@Entity('profile_verification')
@Index('profile_verification_profile_idx', ['profileId', 'verifiedAt'])
export class ProfileVerificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  profileId: string;

  @ManyToOne(() => CapabilityProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile?: Relation<CapabilityProfileEntity>;

  @Column({ type: 'uuid' })
  verifiedByUserId: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'verified_by_user_id' })
  verifiedBy?: Relation<UserEntity>;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  verifiedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  clearedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  clearedReason: VerificationClearedReason | null;
}
