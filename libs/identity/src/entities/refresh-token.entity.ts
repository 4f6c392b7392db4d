import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * One opaque refresh token, stored as its SHA-256 only. Tokens issued from one login form a
 * family; using a token rotates it (usedAt set, a new one issued), and presenting a used token
 * again revokes the whole family, because only a thief would hold a rotated token.
 */
@Entity('refresh_token')
@Index('refresh_token_family_idx', ['familyId'])
@Index('refresh_token_user_idx', ['userId'])
export class RefreshTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  @Column({ type: 'uuid' })
  familyId: string;

  @Index('refresh_token_hash_key', { unique: true })
  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** The sign-in the family started with: after REFRESH_TOKEN_MAX_DAYS no token of it refreshes. */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  familyStartedAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
