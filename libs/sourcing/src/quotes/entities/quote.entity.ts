import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { QuoteStatus } from '../quote-status.enum';

export const bigintAsBigInt = {
  to: (v: bigint | null | undefined) => (v === null || v === undefined ? v : v.toString()),
  from: (v: string | null) => (v === null ? null : BigInt(v)),
};

/**
 * One revision of an IKM's quote on an RFQ. A new submission adds a revision and clears `current`
 * on the previous one, so the history stays and exactly one revision per RFQ × IKM is current
 * (partial unique index). Money is whole rupiah (bigint).
 */
@Entity('quote')
@Index('quote_rfq_ikm_revision_key', ['rfqId', 'ikmOrganizationId', 'revision'], { unique: true })
@Index('quote_current_key', ['rfqId', 'ikmOrganizationId'], { unique: true, where: 'current' })
@Index('quote_ikm_created_idx', ['ikmOrganizationId', 'createdAt'])
@Check('quote_unit_price_check', '"unit_price" > 0')
@Check('quote_quantity_check', '"quantity" > 0')
@Check('quote_lead_time_days_check', '"lead_time_days" > 0')
export class QuoteEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  rfqId: string;

  @Column({ type: 'uuid' })
  ikmOrganizationId: string;

  @Column({ type: 'uuid' })
  matchId: string;

  /** Null for quotes written by the demo seed. */
  @Column({ type: 'uuid', nullable: true })
  submittedByUserId: string | null;

  @Column({ type: 'int' })
  revision: number;

  @Column({ type: 'boolean', default: true })
  current: boolean;

  @Column({ type: 'bigint', transformer: bigintAsBigInt })
  unitPrice: bigint;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'int' })
  leadTimeDays: number;

  /** Last day (WIB) the IKM holds this price. */
  @Column({ type: 'date' })
  validUntil: string;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'enum', enum: QuoteStatus, enumName: 'quote_status', default: QuoteStatus.SUBMITTED })
  status: QuoteStatus;

  @Column({ type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: 'boolean', default: false })
  isDemo: boolean;

  /**
   * The IKM's kecamatan when the quote was written ('' when none), set by a BEFORE INSERT trigger
   * (MarketRollups migration): the market rollups subtract a changed row from the same kecamatan.
   */
  @Column({ type: 'text', default: '' })
  ikmKecamatanCode: string;

  /** Millisecond precision, so a JavaScript Date in a page cursor names the row exactly. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
