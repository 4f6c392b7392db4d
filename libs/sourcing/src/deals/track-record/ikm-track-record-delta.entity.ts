import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Pending changes to ikm_track_record's match counters. The triggers on rfq_match and rfq append a
 * writer's contribution here (a fresh row: concurrent matching jobs whose RFQs match the same IKMs
 * never wait on each other's counter rows), and `ikm_track_record_fold()` adds them into
 * ikm_track_record; the matcher folds before it reads the index, readers of the counters add the
 * pending rows (see quote-comparison.service.ts).
 */
@Entity('ikm_track_record_delta')
export class IkmTrackRecordDeltaEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  /** Readers add an IKM's pending rows to its counters. */
  @Index('ikm_track_record_delta_org_idx')
  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'int', default: 0 })
  matchesReceived: number;

  @Column({ type: 'int', default: 0 })
  quotesSubmitted: number;

  @Column({ type: 'int', default: 0 })
  openMatches: number;
}
