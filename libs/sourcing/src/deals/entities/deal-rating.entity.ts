import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DealSide } from '../deal-status.enum';

/**
 * One side's rating of a completed deal, once per side: the buyer rates the IKM's quality and
 * delivery, the IKM rates the buyer's payment punctuality. Scores 1..5.
 */
@Entity('deal_rating')
@Index('deal_rating_deal_side_key', ['dealId', 'side'], { unique: true })
@Index('deal_rating_rated_idx', ['ratedOrganizationId'])
@Check('deal_rating_scores_check', `("side" = 'BUYER' AND "quality" BETWEEN 1 AND 5 AND "delivery" BETWEEN 1 AND 5 AND "payment_punctuality" IS NULL)
  OR ("side" = 'IKM' AND "payment_punctuality" BETWEEN 1 AND 5 AND "quality" IS NULL AND "delivery" IS NULL)`)
export class DealRatingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  dealId: string;

  @Column({ type: 'enum', enum: DealSide, enumName: 'deal_side' })
  side: DealSide;

  @Column({ type: 'uuid' })
  byOrganizationId: string;

  @Column({ type: 'uuid', nullable: true })
  byUserId: string | null;

  /** The other party of the deal. */
  @Column({ type: 'uuid' })
  ratedOrganizationId: string;

  @Column({ type: 'smallint', nullable: true })
  quality: number | null;

  @Column({ type: 'smallint', nullable: true })
  delivery: number | null;

  @Column({ type: 'smallint', nullable: true })
  paymentPunctuality: number | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
