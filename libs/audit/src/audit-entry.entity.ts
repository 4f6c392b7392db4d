import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Security-relevant facts (registrations, staff accounts, stolen-token alarms), one row per outbox
 * event: the unique event id makes a re-delivered event a no-op.
 */
@Entity('audit_entry')
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Index('audit_entry_event_key', { unique: true })
  @Column({ type: 'bigint' })
  eventId: string;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'uuid', nullable: true })
  subjectUserId: string | null;

  @Column({ type: 'jsonb' })
  details: object;

  @Index('audit_entry_occurred_idx')
  @Column({ type: 'timestamptz' })
  occurredAt: Date;
}
