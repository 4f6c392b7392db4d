import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AppConfig } from '@jalin/config';
import { DomainEventName } from '@jalin/jobs';
import { CandidateProfile, MATCHING_ENGINE_VERSION, scoreProfile } from '@jalin/matching-engine';
import { OutboxWriter } from '@jalin/outbox';
import { MatchingStatus, MatchStatusWriter, MatchWriter, RfqEntity, RfqStatus, UNANSWERED_MATCH } from '@jalin/sourcing';
import { CandidateReader } from '../candidate-reader.service';
import { toRfqSpec } from '../rfq-spec.mapper';

/** Statuses of a match the IKM has not acted on: only these are withdrawn after an edit. */

/**
 * When a profile is created, changed or verified, scores it against the OPEN RFQs whose matching
 * is done and adds it where it now qualifies: above the threshold and within the top K of that
 * RFQ's matches. A match the edited profile no longer qualifies for (a hard filter fails or the
 * score falls below the threshold) is withdrawn as EXPIRED, unless the IKM already answered it.
 * An expired match is never added again, so toggling a profile cannot farm visibility.
 */
@Injectable()
export class ProfileRematcher {
  constructor(
    private readonly dataSource: DataSource,
    private readonly candidates: CandidateReader,
    private readonly outbox: OutboxWriter,
    private readonly config: AppConfig,
    private readonly matchStatus: MatchStatusWriter,
    private readonly matchWriter: MatchWriter,
  ) {}

  async rematch(profileId: string, now = new Date()): Promise<number> {
    const profile = await this.candidates.byProfileId(profileId);
    if (!profile || profile.suspended) return 0;
    await this.expireUnqualified(profile, now);
    const rfqs = await this.dataSource.manager
      .createQueryBuilder(RfqEntity, 'r')
      .where('r.status = :open AND r.matching_status = :done AND r.quote_deadline > now()', { open: RfqStatus.OPEN, done: MatchingStatus.DONE })
      .andWhere('r.sector::text = ANY(:sectors)', { sectors: profile.sectors })
      .andWhere('r.required_certifications <@ (SELECT certification_codes FROM capability_profile WHERE id = :profileId)', { profileId })
      .andWhere('r.quantity >= :minOrder', { minOrder: profile.minOrderQuantity })
      .andWhere('NOT EXISTS (SELECT 1 FROM rfq_match m WHERE m.rfq_id = r.id AND m.ikm_organization_id = :org)', { org: profile.organizationId })
      .getMany();
    let added = 0;
    for (const rfq of rfqs) {
      const evaluation = scoreProfile(toRfqSpec(rfq, now), profile, { topK: this.config.MATCHING_TOP_K, threshold: this.config.MATCHING_THRESHOLD });
      if (evaluation.status !== 'SCORED' || !evaluation.meetsThreshold) continue;
      added += await this.dataSource.transaction(async (manager) => {
        const matchId = await this.matchWriter.insertRematch(manager, {
          rfqId: rfq.id, ikmOrganizationId: profile.organizationId, profileId: profile.profileId, score: evaluation.score,
          breakdown: evaluation.breakdown, deliverableQuantity: evaluation.deliverableQuantity, engineVersion: MATCHING_ENGINE_VERSION,
          topK: this.config.MATCHING_TOP_K,
        });
        if (!matchId) return 0;
        await this.outbox.append(manager, DomainEventName.RfqMatched, { rfqId: rfq.id, matchId, ikmOrganizationId: profile.organizationId, score: evaluation.score });
        return 1;
      });
    }
    return added;
  }

  /** Withdraws the unanswered matches on OPEN RFQs that the profile, as it is now, no longer qualifies for. */
  private async expireUnqualified(profile: CandidateProfile, now: Date): Promise<number> {
    const rows: { match_id: string; rfq_id: string }[] = await this.dataSource.query(
      `SELECT m.id AS match_id, m.rfq_id FROM rfq_match m JOIN rfq r ON r.id = m.rfq_id
        WHERE m.ikm_organization_id = $1 AND m.status = ANY($2::match_status[]) AND r.status = $3`,
      [profile.organizationId, UNANSWERED_MATCH, RfqStatus.OPEN],
    );
    if (rows.length === 0) return 0;
    const rfqs = new Map((await this.dataSource.manager.findBy(RfqEntity, { id: In(rows.map((r) => r.rfq_id)) })).map((r) => [r.id, r]));
    const options = { topK: this.config.MATCHING_TOP_K, threshold: this.config.MATCHING_THRESHOLD };
    const unqualified = rows.filter((row) => {
      const evaluation = scoreProfile(toRfqSpec(rfqs.get(row.rfq_id)!, now), profile, options);
      return evaluation.status !== 'SCORED' || !evaluation.meetsThreshold;
    });
    if (unqualified.length === 0) return 0;
    // The writer re-checks in its statement: a quote or a decline since the read keeps its match.
    const withdrawn = await this.matchStatus.withdrawUnanswered(this.dataSource.manager, unqualified.map((r) => r.match_id));
    return withdrawn.length;
  }
}
