import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Sector } from '@jalin/taxonomy';
import { MatchingFailureCode } from '../matching-failure/matching-failure-code.enum';
import { MatchingStatus, RfqStatus } from '../rfq-status.enum';

const bigintAsBigInt = { to: (v: bigint | null | undefined) => (v === null || v === undefined ? v : v.toString()), from: (v: string | null) => (v === null ? null : BigInt(v)) };

/** A buyer's sourcing request. Codes are taxonomy codes; money is whole rupiah (bigint). */
@Entity('rfq')
@Index('rfq_buyer_created_idx', ['buyerOrganizationId', 'createdAt'])
@Index('rfq_open_sector_idx', ['sector'], { where: `status = 'OPEN'` })
export class RfqEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  buyerOrganizationId: string;

  @Column({ type: 'uuid' })
  createdByUserId: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'enum', enum: Sector, enumName: 'sector' })
  sector: Sector;

  @Column({ type: 'text', array: true })
  processes: string[];

  @Column({ type: 'text', array: true })
  materials: string[];

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  requiredCertifications: string[];

  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'text' })
  unit: string;

  @Column({ type: 'bigint', nullable: true, transformer: bigintAsBigInt })
  targetUnitPrice: bigint | null;

  @Column({ type: 'double precision' })
  deliveryLat: number;

  @Column({ type: 'double precision' })
  deliveryLng: number;

  /** Calendar date (WIB) by which goods must arrive, 'YYYY-MM-DD'. */
  @Column({ type: 'date' })
  neededBy: string;

  @Column({ type: 'timestamptz' })
  quoteDeadline: Date;

  @Column({ type: 'boolean', default: false })
  sealed: boolean;

  @Column({ type: 'enum', enum: RfqStatus, enumName: 'rfq_status', default: RfqStatus.OPEN })
  status: RfqStatus;

  @Column({ type: 'enum', enum: MatchingStatus, enumName: 'matching_status', default: MatchingStatus.PENDING })
  matchingStatus: MatchingStatus;

  /** Bumped by each retry of a failed matching: part of the matching job's fixed id. */
  @Column({ type: 'int', default: 1 })
  matchingVersion: number;

  /** Why the last matching failed: a stable code, never an exception message. */
  @Column({ type: 'text', nullable: true })
  matchingError: MatchingFailureCode | null;

  @Column({ type: 'timestamptz', nullable: true })
  matchedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  cancelReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'boolean', default: false })
  isDemo: boolean;

  /** Millisecond precision, so a JavaScript Date in a page cursor names the row exactly. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
