import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The rollups' pending changes. The triggers append a writer's contribution here (a fresh row, so
 * concurrent writers never wait on each other) and `market_rollups_fold()` moves them into the
 * rollup of the same name without `_delta` (same keys and measures) and deletes them, in one
 * transaction. Never read by the dashboard.
 */
abstract class RollupDelta {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;
}

@Entity('market_rfq_day_delta')
class MarketRfqDayDeltaEntity extends RollupDelta {
  @Column({ type: 'date' }) day: string;
  @Column({ type: 'text' }) sector: string;
  @Column({ type: 'uuid' }) buyerOrganizationId: string;
  @Column({ type: 'int', default: 0 }) rfqsPosted: number;
  @Column({ type: 'int', default: 0 }) rfqsMatched: number;
  @Column({ type: 'int', default: 0 }) rfqsQuoted: number;
  @Column({ type: 'int', default: 0 }) rfqsAwarded: number;
  @Column({ type: 'int', default: 0 }) rfqsOpen: number;
}

@Entity('market_ikm_day_delta')
class MarketIkmDayDeltaEntity extends RollupDelta {
  @Column({ type: 'date' }) day: string;
  @Column({ type: 'text' }) sector: string;
  @Column({ type: 'text' }) kecamatanCode: string;
  @Column({ type: 'int', default: 0 }) quotes: number;
  @Column({ type: 'int', default: 0 }) deals: number;
  @Column({ type: 'numeric', default: 0 }) dealValue: string;
  @Column({ type: 'int', default: 0 }) dealsCompleted: number;
  @Column({ type: 'int', default: 0 }) dealsCancelled: number;
  @Column({ type: 'numeric', default: 0 }) cancelledValue: string;
}

@Entity('market_buyer_day_delta')
class MarketBuyerDayDeltaEntity extends RollupDelta {
  @Column({ type: 'date' }) day: string;
  @Column({ type: 'text' }) sector: string;
  @Column({ type: 'uuid' }) buyerOrganizationId: string;
  @Column({ type: 'text' }) kecamatanCode: string;
  @Column({ type: 'int', default: 0 }) deals: number;
  @Column({ type: 'numeric', default: 0 }) dealValue: string;
  @Column({ type: 'int', default: 0 }) dealsCancelled: number;
  @Column({ type: 'numeric', default: 0 }) cancelledValue: string;
}

@Entity('market_first_quote_delta')
class MarketFirstQuoteDeltaEntity extends RollupDelta {
  @Column({ type: 'date' }) day: string;
  @Column({ type: 'text' }) sector: string;
  @Column({ type: 'int' }) hours: number;
  @Column({ type: 'int', default: 0 }) rfqs: number;
}

@Entity('market_ikm_activity_delta')
class MarketIkmActivityDeltaEntity extends RollupDelta {
  @Column({ type: 'date' }) day: string;
  @Column({ type: 'text' }) sector: string;
  @Column({ type: 'uuid' }) ikmOrganizationId: string;
  @Column({ type: 'text' }) kecamatanCode: string;
  @Column({ type: 'int', default: 0 }) quotes: number;
  /**
   * A new quote appends one row here and nothing else: its first revisions (market_ikm_day's quotes)
   * and its RFQ (whose funnel stage the fold recounts) ride on the same row.
   */
  @Column({ type: 'int', default: 0 }) firstQuotes: number;
  @Column({ type: 'uuid', nullable: true }) rfqId: string | null;
}

@Entity('market_ikm_total_delta')
class MarketIkmTotalDeltaEntity extends RollupDelta {
  @Column({ type: 'text' }) sector: string;
  @Column({ type: 'text' }) kecamatanCode: string;
  @Column({ type: 'int', default: 0 }) ikms: number;
  @Column({ type: 'int', default: 0 }) verified: number;
}

/** RFQs whose matches, quotes or deals changed: the fold recounts their funnel stages (market_rfq_progress). */
@Entity('market_rfq_recount')
class MarketRfqRecountEntity extends RollupDelta {
  @Column({ type: 'uuid' }) rfqId: string;
}

/** One row: when the last complete fold began. Every change committed before then is in the rollups (the dashboard's asOf). */
@Entity('market_fold_mark')
class MarketFoldMarkEntity {
  @PrimaryColumn({ type: 'smallint' }) id: number;
  @Column({ type: 'timestamptz' }) foldedThrough: Date;
}

export const MARKET_ROLLUP_DELTA_ENTITIES = [
  MarketRfqDayDeltaEntity, MarketIkmDayDeltaEntity, MarketBuyerDayDeltaEntity, MarketFirstQuoteDeltaEntity, MarketIkmActivityDeltaEntity,
  MarketIkmTotalDeltaEntity, MarketRfqRecountEntity, MarketFoldMarkEntity,
];
