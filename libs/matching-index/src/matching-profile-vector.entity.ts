import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * What matching reads of one profile, packed (layout in the MatchingProfileVector migration) and
 * kept in step by triggers; the matching index loads and polls this table only.
 */
@Entity('matching_profile_vector')
export class MatchingProfileVectorEntity {
  @PrimaryColumn({ type: 'uuid' })
  profileId: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'bytea' })
  packed: Buffer;

  @Index('matching_profile_vector_updated_idx')
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
