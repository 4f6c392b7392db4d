import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * Quotes (any revision) per IKM by submission day (WIB) and the RFQ's sector: additive, so it stays
 * exact under triggers; the IKMs participating in a period are the keys with quotes > 0.
 */
@Entity('market_ikm_activity')
export class MarketIkmActivityEntity {
  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ type: 'text' })
  sector: string;

  @PrimaryColumn({ type: 'uuid' })
  ikmOrganizationId: string;

  /** The IKM's kecamatan stored on the quote when it was written ('' when none). */
  @PrimaryColumn({ type: 'text' })
  kecamatanCode: string;

  @Column({ type: 'int', default: 0 })
  quotes: number;

  @Index('market_ikm_activity_updated_idx')
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
