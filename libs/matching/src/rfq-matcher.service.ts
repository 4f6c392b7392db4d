import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AppConfig } from '@jalin/config';
import { DomainEventName, JobRunContext } from '@jalin/jobs';
import { ConsortiumSuggestion, MATCHING_ENGINE_VERSION, resolveEngineOptions, suggestConsortia } from '@jalin/matching-engine';
import { IndexedMatch, MatchingIndex } from '@jalin/matching-index';
import { OutboxWriter } from '@jalin/outbox';
import { MatchingFailureCode, MatchingStatus, MatchWriter, RfqEntity, RfqStatus } from '@jalin/sourcing';
import { toRfqSpec } from './rfq-spec.mapper';

export type MatchOutcome = 'stored' | 'skipped' | 'failed';

/**
 * Runs the matching of one RFQ version: rank every profile with the worker's in-memory index (the
 * engine's exact output), then store the ranked matches, consortium suggestions and one outbox
 * event per new match in one transaction of four statements. Safe to run twice: the RFQ row is
 * locked and re-checked, and matches are unique per RFQ × IKM.
 */
@Injectable()
export class RfqMatcher {
  private readonly logger = new Logger(RfqMatcher.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly index: MatchingIndex,
    private readonly outbox: OutboxWriter,
    private readonly config: AppConfig,
    private readonly matchWriter: MatchWriter,
  ) {}

  async match(rfqId: string, matchingVersion: number, context: Pick<JobRunContext, 'attempt' | 'maxAttempts'>, now = new Date()): Promise<MatchOutcome> {
    const rfq = await this.dataSource.manager.findOneBy(RfqEntity, { id: rfqId });
    if (!rfq || !this.isDue(rfq, matchingVersion)) return 'skipped';
    let failure = MatchingFailureCode.PROFILE_INDEX_UNAVAILABLE;
    try {
      // Profiles changed before the RFQ was posted (or re-queued) must be in the index first.
      await this.index.catchUp(rfq.updatedAt);
      failure = MatchingFailureCode.MATCHING_FAILED;
      const options = resolveEngineOptions({ topK: this.config.MATCHING_TOP_K, threshold: this.config.MATCHING_THRESHOLD });
      const matches = this.index.rank(toRfqSpec(rfq, now), options);
      const singleCovers = matches.some((m) => m.deliverableQuantity >= rfq.quantity);
      const consortia = singleCovers ? [] : suggestConsortia({ quantity: rfq.quantity }, matches);
      const outcome = await this.dataSource.transaction((manager) => this.store(manager, rfq.id, matchingVersion, MATCHING_ENGINE_VERSION, matches, consortia));
      if (outcome === 'stored') this.index.noteMatched(matches.map((m) => m.profileId));
      return outcome;
    } catch (error) {
      if (context.attempt < context.maxAttempts) throw error;
      // The exception stays in the log; the buyer reads only the stable code.
      this.logger.error({ rfqId, failure, err: error }, 'matching failed after the last attempt');
      await this.markFailed(rfqId, matchingVersion, failure);
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
    matches: IndexedMatch[],
    consortia: ConsortiumSuggestion<IndexedMatch>[],
  ): Promise<MatchOutcome> {
    const locked = await manager.findOne(RfqEntity, { where: { id: rfqId }, lock: { mode: 'pessimistic_write' } });
    if (!locked || !this.isDue(locked, matchingVersion)) return 'skipped';
    // The index holds no organization ids: each match takes its IKM from the profile row.
    const inserted = await this.matchWriter.insertInitial(manager, rfqId, engineVersion, matches);
    if (consortia.length > 0) {
      // Usually every match was just inserted; read them back only when some already existed.
      const ids = inserted.length === matches.length ? inserted : await this.matchWriter.matchesOfRfq(manager, rfqId);
      const byProfile = new Map(ids.map((r) => [r.profile_id, r]));
      await this.matchWriter.insertConsortia(manager, rfqId, consortia.map((c, i) => ({
        position: i + 1,
        coveredQuantity: c.coveredQuantity,
        score: c.score,
        members: c.allocations.map((a) => {
          const match = byProfile.get(a.profileId)!;
          return { matchId: match.id, ikmOrganizationId: match.ikm_organization_id, quantity: a.quantity };
        }),
      })));
    }
    await this.matchWriter.markRfqMatched(manager, rfqId);
    await this.outbox.appendMany(manager, DomainEventName.RfqMatched, inserted.map((m) => ({ rfqId, matchId: m.id, ikmOrganizationId: m.ikm_organization_id, score: m.score })));
    return 'stored';
  }

  private async markFailed(rfqId: string, matchingVersion: number, failure: MatchingFailureCode): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (await this.matchWriter.markRfqMatchingFailed(manager, rfqId, matchingVersion, failure)) await this.outbox.append(manager, DomainEventName.RfqMatchingFailed, { rfqId, reason: failure });
    });
  }
}
