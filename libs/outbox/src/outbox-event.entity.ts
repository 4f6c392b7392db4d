import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An event committed together with the change it describes, waiting to be published to BullMQ.
 * The relay sets publishedAt only after Redis accepted the job.
 */
@Entity('outbox_event')
@Index('outbox_event_unpublished_idx', ['id'], { where: 'published_at IS NULL' })
export class OutboxEventEntity {
  /** bigint identity: gives the relay a cheap, strictly increasing order. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'jsonb' })
  payload: object;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'int', default: 0 })
  publishAttempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
}
