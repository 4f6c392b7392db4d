import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * RFQ cohorts by posting day (WIB), sector and buyer: how many were posted and how many of them
 * have reached each funnel stage so far. Kept exact by triggers (see the MarketRollups migration);
 * rows may fall to all zeros (kept, so a reader syncing by updated_at sees the change).
 */
@Entity('market_rfq_day')
export class MarketRfqDayEntity {
  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ type: 'text' })
  sector: string;

  @PrimaryColumn({ type: 'uuid' })
  buyerOrganizationId: string;

  @Column({ type: 'int', default: 0 })
  rfqsPosted: number;

  /** RFQs with at least one match. */
  @Column({ type: 'int', default: 0 })
  rfqsMatched: number;

  /** RFQs with at least one quote (any revision or status). */
  @Column({ type: 'int', default: 0 })
  rfqsQuoted: number;

  /** RFQs with at least one deal (in any status). */
  @Column({ type: 'int', default: 0 })
  rfqsAwarded: number;

  /** RFQs whose status is OPEN now. */
  @Column({ type: 'int', default: 0 })
  rfqsOpen: number;

  /** The dashboard's in-memory copy re-reads rows changed since its last look. */
  @Index('market_rfq_day_updated_idx')
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
