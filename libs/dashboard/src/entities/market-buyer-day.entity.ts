import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { bigintAsBigInt } from '@jalin/quotes';

/** Deals and their value by award day (WIB), the RFQ's sector and the buyer. Kept exact by triggers. */
@Entity('market_buyer_day')
export class MarketBuyerDayEntity {
  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ type: 'text' })
  sector: string;

  @PrimaryColumn({ type: 'uuid' })
  buyerOrganizationId: string;

  @Column({ type: 'int', default: 0 })
  deals: number;

  @Column({ type: 'bigint', default: 0, transformer: bigintAsBigInt })
  dealValue: bigint;

  @Index('market_buyer_day_updated_idx')
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
