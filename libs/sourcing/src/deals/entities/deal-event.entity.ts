import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DealStatus } from '../deal-status.enum';

/** One step of a deal's history: the status reached, who set it and when (append-only). */
@Entity('deal_event')
@Index('deal_event_deal_at_idx', ['dealId', 'at'])
export class DealEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  dealId: string;

  @Column({ type: 'enum', enum: DealStatus, enumName: 'deal_status' })
  status: DealStatus;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Null for steps written by the demo seed. */
  @Column({ type: 'uuid', nullable: true })
  byUserId: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  at: Date;
}
