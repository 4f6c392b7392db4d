import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Registered and verified IKMs (capability profiles) by sector and kecamatan, each with 'ALL' rows
 * so an IKM in several sectors counts once in the sector-wide totals. Kept exact by triggers.
 */
@Entity('market_ikm_total')
export class MarketIkmTotalEntity {
  /** A sector, or 'ALL'. */
  @PrimaryColumn({ type: 'text' })
  sector: string;

  /** A kecamatan code, '' for profiles without one, or 'ALL'. */
  @PrimaryColumn({ type: 'text' })
  kecamatanCode: string;

  @Column({ type: 'int', default: 0 })
  ikms: number;

  @Column({ type: 'int', default: 0 })
  verified: number;

  @Index('market_ikm_total_updated_idx')
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
