import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Role } from '@jalin/authz';

/** A buyer firm, an IKM workshop, the Dinas, or the platform operator. */
@Entity('organization')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  kind: Role;

  /** BPS code of the kecamatan (for IKMs and the Dinas). */
  @Column({ type: 'text', nullable: true })
  kecamatanCode: string | null;

  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  /** Who a counterparty should ask for after an award; shared on the organization's deals. */
  @Column({ type: 'text', nullable: true })
  contactPerson: string | null;

  /** A phone the organization chose to share with counterparties (else the registration phone). */
  @Column({ type: 'text', nullable: true })
  contactPhone: string | null;

  /** An e-mail the organization chose to share with counterparties; none unless chosen. */
  @Column({ type: 'text', nullable: true })
  contactEmail: string | null;

  /** Suspended organizations cannot be matched (set by the Dinas or the admin). */
  @Column({ type: 'boolean', default: false })
  suspended: boolean;

  /** Rows loaded by the demo command; never set through the API. */
  @Column({ type: 'boolean', default: false })
  isDemo: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
