import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { bigintAsBigInt } from '@jalin/sourcing';

/**
 * IKM-side facts by their own WIB day, the RFQ's sector and the IKM's kecamatan ('' when none):
 * first-revision quotes by submission day, deals and their value by award day (cancelled ones
 * included, and also counted apart by the same day), completed deals by completion day. Kept exact by triggers (see the MarketRollups migration).
 */
@Entity('market_ikm_day')
export class MarketIkmDayEntity {
  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ type: 'text' })
  sector: string;

  @PrimaryColumn({ type: 'text' })
  kecamatanCode: string;

  @Column({ type: 'int', default: 0 })
  quotes: number;

  @Column({ type: 'int', default: 0 })
  deals: number;

  /** numeric: a sum of amounts has no bound (MarketRollupSumsNumeric migration). */
  @Column({ type: 'numeric', default: 0, transformer: bigintAsBigInt })
  dealValue: bigint;

  @Column({ type: 'int', default: 0 })
  dealsCompleted: number;

  @Column({ type: 'int', default: 0 })
  dealsCancelled: number;

  /** numeric: a sum of amounts has no bound (MarketRollupSumsNumeric migration). */
  @Column({ type: 'numeric', default: 0, transformer: bigintAsBigInt })
  cancelledValue: bigint;

  @Index('market_ikm_day_updated_idx')
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
