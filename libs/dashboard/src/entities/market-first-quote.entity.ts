import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Histogram of the time from posting to first quote: RFQs by posting day (WIB) and sector, per whole
 * hour elapsed. The median over any period is exact at hour resolution. Kept exact by triggers.
 */
@Entity('market_first_quote')
export class MarketFirstQuoteEntity {
  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ type: 'text' })
  sector: string;

  /** Whole hours from the RFQ's creation to its earliest quote (floor). */
  @PrimaryColumn({ type: 'int' })
  hours: number;

  @Column({ type: 'int', default: 0 })
  rfqs: number;

  @Index('market_first_quote_updated_idx')
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
