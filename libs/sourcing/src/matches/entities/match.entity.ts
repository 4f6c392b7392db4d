import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MatchStatus } from '../match-status.enum';

/** A stored breakdown: the engine's component with the numbers its explanation needs. */
export interface StoredComponent {
  factor: string;
  weight: number;
  value: number;
  details: Record<string, unknown>;
}

/**
 * One IKM matched to one RFQ, with the score and its breakdown as computed by the engine version
 * named here. Unique per RFQ and IKM: a repeated matching job never duplicates, and a match once
 * sent is never removed.
 */
@Entity('rfq_match')
@Index('rfq_match_rfq_ikm_key', ['rfqId', 'ikmOrganizationId'], { unique: true })
@Index('rfq_match_ikm_idx', ['ikmOrganizationId', 'createdAt'])
// A match's rank is counted from its RFQ's live matches on every inbox page: from this index alone.
@Index('rfq_match_live_rank_idx', ['rfqId', 'score', 'profileId'], { where: `"status" <> 'EXPIRED'` })
export class MatchEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  rfqId: string;

  @Column({ type: 'uuid' })
  ikmOrganizationId: string;

  @Column({ type: 'uuid' })
  profileId: string;

  @Column({ type: 'double precision' })
  score: number;

  /** Rank when matched (1 = best); reads rank by score among the RFQ's current matches. */
  @Column({ type: 'int' })
  initialRank: number;

  @Column({ type: 'jsonb' })
  breakdown: StoredComponent[];

  /** What the IKM can deliver by neededBy at its monthly capacity (for consortia). */
  @Column({ type: 'int' })
  deliverableQuantity: number;

  @Column({ type: 'text' })
  engineVersion: string;

  @Column({ type: 'enum', enum: MatchStatus, enumName: 'match_status', default: MatchStatus.NEW })
  status: MatchStatus;

  @Column({ type: 'text', nullable: true })
  declineReason: string | null;

  /** When the matched IKM first opened the RFQ (NEW → VIEWED); kept after it quotes, for the sealed view. */
  @Column({ type: 'timestamptz', nullable: true })
  viewedAt: Date | null;

  /** 'initial' from the RFQ's matching job, 'rematch' when a profile change qualified it later. */
  @Column({ type: 'text', default: 'initial' })
  source: string;

  /** Millisecond precision, so a JavaScript Date in a page cursor names the row exactly. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
