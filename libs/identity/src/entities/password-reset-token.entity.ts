import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * One password-reset link, stored as the SHA-256 of its token only. The worker writes it when it
 * sends the e-mail (one row per request event, so a retried job replaces its own token); using it
 * sets usedAt, so it works once.
 */
@Entity('password_reset_token')
@Index('password_reset_token_user_idx', ['userId'])
export class PasswordResetTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;

  /** The outbox event of the request this token answers (outbox_event.id). */
  @Index('password_reset_token_event_key', { unique: true })
  @Column({ type: 'bigint' })
  eventId: string;

  @Index('password_reset_token_hash_key', { unique: true })
  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
