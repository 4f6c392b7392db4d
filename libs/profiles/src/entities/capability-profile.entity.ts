import {
  Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation, UpdateDateColumn,
} from 'typeorm';
import { OrganizationEntity } from '@jalin/identity';
import type { Sector } from '@jalin/taxonomy';
import type { CertificationRecord, KbliRecord } from '../profile-content';

/**
 * What one IKM can make, one row per IKM organization.
 *
 * Code lists (sectors, processes, materials, certification codes) are text[] in one multicolumn
 * GIN index together with the kecamatan, so search and matching prefilter with `@>` / `&&` / `=`
 * in SQL on any combination of them. Certificate details (number, expiry) are
 * jsonb on the row rather than a child table: a profile is always written and read whole, and one
 * row per profile keeps a page of profiles one query. `certification_codes` lists every code on
 * the profile, expired or not, so it is a superset prefilter; whether a copy is still valid is
 * decided against `certifications` as of the day of the question (expiry moves with the calendar,
 * an indexed "held" column would not).
 *
 * `organization_name` and `search_text` are kept by database triggers (see the migration), so any
 * writer (API, demo seed, benchmark loader) and an organization rename keep them right.
 */
@Entity('capability_profile')
@Check('capability_profile_monthly_capacity_check', '"monthly_capacity" > 0')
@Check('capability_profile_min_order_quantity_check', '"min_order_quantity" > 0')
@Check('capability_profile_lead_time_days_check', '"lead_time_days" > 0')
@Check('capability_profile_location_check', '("lat" IS NULL) = ("lng" IS NULL)')
/** 6 decimals (~11 cm): the matching index holds coordinates as exact integer micro-degrees. */
@Check('capability_profile_coordinates_check', 'lat = round(lat::numeric, 6)::float8 AND lng = round(lng::numeric, 6)::float8')
@Check('capability_profile_verified_check', '"verified" = ("verified_at" IS NOT NULL)')
@Index('capability_profile_facets_gin', { synchronize: false })
@Index('capability_profile_search_trgm', { synchronize: false })
@Index('capability_profile_name_order_idx', { synchronize: false })
export class CapabilityProfileEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('capability_profile_organization_key', { unique: true })
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: Relation<OrganizationEntity>;

  /** Copy of organization.name for ordering and search; set by trigger, never by the application. */
  @Column({ type: 'text', insert: false, update: false })
  organizationName: string;

  @Column({ type: 'text', array: true })
  sectors: Sector[];

  @Column({ type: 'text', array: true })
  processes: string[];

  @Column({ type: 'text', array: true })
  materials: string[];

  /** Every certification code on the profile, expired ones included (prefilter only). */
  @Column({ type: 'text', array: true })
  certificationCodes: string[];

  @Column({ type: 'jsonb' })
  certifications: CertificationRecord[];

  @Column({ type: 'jsonb' })
  kbli: KbliRecord[];

  /** Per month, in `capacityUnit`. */
  @Column({ type: 'int' })
  monthlyCapacity: number;

  /** A code of CAPACITY_UNITS (pcs, kg, ...); also the unit of minOrderQuantity. */
  @Column({ type: 'text' })
  capacityUnit: string;

  @Column({ type: 'int' })
  minOrderQuantity: number;

  @Column({ type: 'int' })
  leadTimeDays: number;

  @Index('capability_profile_kecamatan_idx')
  @Column({ type: 'text', nullable: true })
  kecamatanCode: string | null;

  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lng: number | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  machines: string[];

  @Column({ type: 'int', nullable: true })
  workforce: number | null;

  /** Set by a Dinas verification, cleared when the certifications change (history in profile_verification). */
  @Column({ type: 'boolean', default: false })
  verified: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  /** 1 at creation, +1 per change of content; carried by the outbox events for re-matching. */
  @Column({ type: 'int', default: 1 })
  revision: number;

  /** Organization name and machines in lower case, for trigram search; set by trigger. */
  @Column({ type: 'text', select: false, insert: false, update: false })
  searchText: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
