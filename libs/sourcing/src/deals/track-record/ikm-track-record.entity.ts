import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The per-IKM figures the matching engine reads (response rate, on-time rate, open matches),
 * kept up to date in the same transaction as the rows they summarise: match counters by triggers
 * on rfq_match and rfq (see the IkmTrackRecord migration), deal counters by TrackRecordWriter.
 * One narrow row per IKM lets the matching index load a million IKMs with one join instead of
 * counting their matches.
 */
@Entity('ikm_track_record')
export class IkmTrackRecordEntity {
  @PrimaryColumn({ type: 'uuid' })
  organizationId: string;

  /** Every match ever sent to the IKM. */
  @Column({ type: 'int', default: 0 })
  matchesReceived: number;

  /** Matches the IKM answered with a quote (QUOTED, AWARDED or NOT_AWARDED). */
  @Column({ type: 'int', default: 0 })
  quotesSubmitted: number;

  /** Matches still waiting for the IKM (NEW or VIEWED) on RFQs that are still OPEN. */
  @Column({ type: 'int', default: 0 })
  openMatches: number;

  @Column({ type: 'int', default: 0 })
  completedDeals: number;

  /** Completed deals delivered on or before the RFQ's neededBy. */
  @Column({ type: 'int', default: 0 })
  onTimeDeliveries: number;

  /** The matching index re-reads what changed since its last look. */
  @Index('ikm_track_record_updated_idx')
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
