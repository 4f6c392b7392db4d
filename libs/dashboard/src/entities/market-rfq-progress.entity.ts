import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Per RFQ: how many matches, quotes and deals it has and when its first quote came. The triggers
 * lock this row to decide, one writer at a time, whether an RFQ has just reached (or left) a funnel
 * stage, so two IKMs quoting the same RFQ at once cannot both count it as newly quoted.
 */
@Entity('market_rfq_progress')
export class MarketRfqProgressEntity {
  @PrimaryColumn({ type: 'uuid' })
  rfqId: string;

  @Column({ type: 'int', default: 0 })
  matches: number;

  @Column({ type: 'int', default: 0 })
  quotes: number;

  @Column({ type: 'int', default: 0 })
  deals: number;

  @Column({ type: 'timestamptz', nullable: true })
  firstQuoteAt: Date | null;

  @Index('market_rfq_progress_updated_idx')
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
