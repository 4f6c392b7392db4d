import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { bigintAsBigInt } from '../../quotes';
import { DealStatus } from '../deal-status.enum';

/**
 * One award: a quantity of one quote, at the quote's unit price. `value` is quantity × unit price
 * in exact whole rupiah. One deal per quote (unique): a second award of the same quote cannot commit.
 */
@Entity('deal')
@Index('deal_quote_key', ['quoteId'], { unique: true })
@Index('deal_rfq_idx', ['rfqId'])
@Index('deal_buyer_created_idx', ['buyerOrganizationId', 'createdAt'])
@Index('deal_ikm_created_idx', ['ikmOrganizationId', 'createdAt'])
@Index('deal_created_idx', ['createdAt'])
/** The dashboard's recent deals and exports of one kecamatan, newest first. */
@Index('deal_kecamatan_created_idx', ['ikmKecamatanCode', 'createdAt'])
@Check('deal_quantity_check', '"quantity" > 0')
@Check('deal_value_check', '"value" > 0')
export class DealEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  rfqId: string;

  @Column({ type: 'uuid' })
  quoteId: string;

  @Column({ type: 'uuid' })
  buyerOrganizationId: string;

  @Column({ type: 'uuid' })
  ikmOrganizationId: string;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'bigint', transformer: bigintAsBigInt })
  unitPrice: bigint;

  @Column({ type: 'bigint', transformer: bigintAsBigInt })
  value: bigint;

  @Column({ type: 'enum', enum: DealStatus, enumName: 'deal_status', default: DealStatus.AWARDED })
  status: DealStatus;

  /** Copy of the RFQ's neededBy (WIB date): the on-time yardstick. */
  @Column({ type: 'date' })
  neededBy: string;

  @Column({ type: 'date', nullable: true })
  deliveredOn: string | null;

  @Column({ type: 'boolean', nullable: true })
  deliveredOnTime: boolean | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ type: 'boolean', default: false })
  isDemo: boolean;

  /**
   * The IKM's kecamatan when the deal was awarded ('' when none), set by a BEFORE INSERT trigger
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
