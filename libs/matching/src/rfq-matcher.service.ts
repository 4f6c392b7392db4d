import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@jalin/config';
import { DomainEventName, JobRunContext } from '@jalin/jobs';
import { MATCHING_ENGINE_VERSION, RankedMatch, resolveEngineOptions, suggestConsortia } from '@jalin/matching-engine';
import { OutboxWriter } from '@jalin/outbox';
import { MatchingStatus, RfqEntity, RfqStatus } from '@jalin/rfqs';
import { CandidateReader } from './candidate-reader.service';
import { rankBounded } from './rank-bounded';
import { toRfqSpec } from './rfq-spec.mapper';

export type MatchOutcome = 'stored' | 'skipped' | 'failed';

/**
 * Runs the matching of one RFQ version: read candidates, score with the pure engine, store the
 * ranked matches, consortium suggestions and one outbox event per new match in one transaction.
 * Safe to run twice: the RFQ row is locked and re-checked, and matches are unique per RFQ × IKM.
 */
@Injectable()
export class RfqMatcher {
  private readonly logger = new Logger(RfqMatcher.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly candidates: CandidateReader,
    private readonly outbox: OutboxWriter,
    private readonly config: AppConfig,
  ) {}

  async match(rfqId: string, matchingVersion: number, context: Pick<JobRunContext, 'attempt' | 'maxAttempts'>, now = new Date()): Promise<MatchOutcome> {
    const rfq = await this.dataSource.manager.findOneBy(RfqEntity, { id: rfqId });
    if (!rfq || !this.isDue(rfq, matchingVersion)) return 'skipped';
    try {
      const spec = toRfqSpec(rfq, now);
      const options = resolveEngineOptions({ topK: this.config.MATCHING_TOP_K, threshold: this.config.MATCHING_THRESHOLD });
      const matches = await rankBounded(spec, {
        bounds: (limit, offset, tier) => this.candidates.boundsForRfq(spec, limit, offset, tier),
        candidates: (ids) => this.candidates.byProfileIds(ids),
      }, options);
      const singleCovers = matches.some((m) => m.deliverableQuantity >= rfq.quantity);
      const consortia = singleCovers ? [] : suggestConsortia({ quantity: rfq.quantity }, matches);
      return await this.dataSource.transaction((manager) => this.store(manager, rfq.id, matchingVersion, MATCHING_ENGINE_VERSION, matches, consortia));
    } catch (error) {
      if (context.attempt < context.maxAttempts) throw error;
      this.logger.error({ rfqId, err: (error as Error).message }, 'matching failed after the last attempt');
      await this.markFailed(rfqId, matchingVersion, (error as Error).message);
      return 'failed';
    }
  }

  private isDue(rfq: RfqEntity, matchingVersion: number): boolean {
    return rfq.status === RfqStatus.OPEN && rfq.matchingVersion === matchingVersion && rfq.matchingStatus === MatchingStatus.PENDING;
  }

  private async store(
    manager: EntityManager,
    rfqId: string,
    matchingVersion: number,
    engineVersion: string,
    matches: RankedMatch[],
    consortia: ReturnType<typeof suggestConsortia<RankedMatch>>,
  ): Promise<MatchOutcome> {
    const locked = await manager.findOne(RfqEntity, { where: { id: rfqId }, lock: { mode: 'pessimistic_write' } });
    if (!locked || !this.isDue(locked, matchingVersion)) return 'skipped';
    const inserted: { id: string; ikm_organization_id: string; score: number }[] = matches.length
      ? await manager.query(
          `INSERT INTO rfq_match (rfq_id, ikm_organization_id, profile_id, score, initial_rank, breakdown, deliverable_quantity, engine_version, source)
           SELECT $1, m.org, m.profile, m.score, m.rank, m.breakdown, m.deliverable, $2, 'initial'
             FROM jsonb_to_recordset($3::jsonb) AS m(org uuid, profile uuid, score float8, rank int, breakdown jsonb, deliverable int)
           ON CONFLICT (rfq_id, ikm_organization_id) DO NOTHING
           RETURNING id, ikm_organization_id, score`,
          [rfqId, engineVersion, JSON.stringify(matches.map((m) => ({
            org: m.organizationId, profile: m.profileId, score: m.score, rank: m.rank, breakdown: m.breakdown, deliverable: m.deliverableQuantity,
          })))],
        )
      : [];
    if (consortia.length > 0) {
      const ids: { id: string; ikm_organization_id: string; profile_id: string }[] = await manager.query(
        'SELECT id, ikm_organization_id, profile_id FROM rfq_match WHERE rfq_id = $1',
        [rfqId],
      );
      const byProfile = new Map(ids.map((r) => [r.profile_id, r]));
      await manager.query(
        `INSERT INTO consortium_suggestion (rfq_id, position, members, covered_quantity, score)
         SELECT $1, c.position, c.members, c.covered, c.score FROM jsonb_to_recordset($2::jsonb) AS c(position int, members jsonb, covered int, score float8)
         ON CONFLICT (rfq_id, position) DO NOTHING`,
        [rfqId, JSON.stringify(consortia.map((c, i) => ({
          position: i + 1,
          covered: c.coveredQuantity,
          score: c.score,
          members: c.allocations.map((a) => {
            const match = byProfile.get(a.profileId)!;
            return { matchId: match.id, ikmOrganizationId: match.ikm_organization_id, quantity: a.quantity };
          }),
        })))],
      );
    }
    await manager.update(RfqEntity, { id: rfqId }, { matchingStatus: MatchingStatus.DONE, matchedAt: new Date(), matchingError: null });
    await this.outbox.appendMany(manager, DomainEventName.RfqMatched, inserted.map((m) => ({ rfqId, matchId: m.id, ikmOrganizationId: m.ikm_organization_id, score: m.score })));
    return 'stored';
  }

  private async markFailed(rfqId: string, matchingVersion: number, reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const result = await manager.update(
        RfqEntity,
        { id: rfqId, matchingVersion, matchingStatus: MatchingStatus.PENDING },
        { matchingStatus: MatchingStatus.FAILED, matchingError: reason.slice(0, 500) },
      );
      if (result.affected) await this.outbox.append(manager, DomainEventName.RfqMatchingFailed, { rfqId, reason: reason.slice(0, 500) });
    });
  }
}
