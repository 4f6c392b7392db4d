import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { bigintAsBigInt } from '@jalin/sourcing';

/**
 * Deals and their value by award day (WIB), the RFQ's sector, the buyer and the IKM's kecamatan
 * (so a kecamatan filter narrows a buyer's deals); cancelled ones also counted apart. Kept exact by triggers.
 */
@Entity('market_buyer_day')
export class MarketBuyerDayEntity {
  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ type: 'text' })
  sector: string;

  @PrimaryColumn({ type: 'uuid' })
  buyerOrganizationId: string;

  @PrimaryColumn({ type: 'text' })
  kecamatanCode: string;

  @Column({ type: 'int', default: 0 })
  deals: number;

  /** numeric: a sum of amounts has no bound (MarketRollupSumsNumeric migration). */
  @Column({ type: 'numeric', default: 0, transformer: bigintAsBigInt })
  dealValue: bigint;

  @Column({ type: 'int', default: 0 })
  dealsCancelled: number;

  /** numeric: a sum of amounts has no bound (MarketRollupSumsNumeric migration). */
  @Column({ type: 'numeric', default: 0, transformer: bigintAsBigInt })
  cancelledValue: bigint;

  @Index('market_buyer_day_updated_idx')
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
