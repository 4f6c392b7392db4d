import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { NotificationType } from '../notification-type.enum';

/**
 * One message to one user, rendered once in the user's locale when the event arrived. Unique on
 * (event, user, type): an event relayed twice stores it once (a deadline reminder shares the id
 * of the match event that scheduled it).
 */
@Entity('notification')
@Index('notification_event_user_type_key', ['eventId', 'userId', 'type'], { unique: true })
@Index('notification_user_created_idx', ['userId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  /** The outbox event it came from (outbox_event.id). */
  @Column({ type: 'bigint' })
  eventId: string;

  @Column({ type: 'text' })
  type: NotificationType;

  @Column({ type: 'text' })
  locale: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  body: string;

  /** Absolute link to the thing it is about (RFQ, deal, profile) in the web app. */
  @Column({ type: 'text' })
  link: string;

  /** Ids of the things it is about, for clients that route themselves. */
  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** Millisecond precision, so a page cursor names the row exactly. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
