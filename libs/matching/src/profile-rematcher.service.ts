import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@jalin/config';
import { DomainEventName } from '@jalin/jobs';
import { MATCHING_ENGINE_VERSION, scoreProfile } from '@jalin/matching-engine';
import { OutboxWriter } from '@jalin/outbox';
import { RfqEntity } from '@jalin/rfqs';
import { CandidateReader } from './candidate-reader.service';
import { toRfqSpec } from './rfq-spec.mapper';

/**
 * When a profile is created, changed or verified, scores it against the OPEN RFQs whose matching
 * is done and adds it where it now qualifies: above the threshold and within the top K of that
 * RFQ's matches. Matches already sent are never removed, whatever the new score.
 */
@Injectable()
export class ProfileRematcher {
  constructor(
    private readonly dataSource: DataSource,
    private readonly candidates: CandidateReader,
    private readonly outbox: OutboxWriter,
    private readonly config: AppConfig,
  ) {}

  async rematch(profileId: string, now = new Date()): Promise<number> {
    const profile = await this.candidates.byProfileId(profileId);
    if (!profile || profile.suspended) return 0;
    const rfqs = await this.dataSource.manager
      .createQueryBuilder(RfqEntity, 'r')
      .where(`r.status = 'OPEN' AND r.matching_status = 'DONE' AND r.quote_deadline > now()`)
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
        const [row] = await manager.query(
          `WITH better AS (SELECT count(*)::int AS n FROM rfq_match WHERE rfq_id = $1 AND score > $4)
           INSERT INTO rfq_match (rfq_id, ikm_organization_id, profile_id, score, initial_rank, breakdown, deliverable_quantity, engine_version, source)
           SELECT $1, $2, $3, $4, better.n + 1, $5::jsonb, $6, $7, 'rematch' FROM better WHERE better.n < $8
           ON CONFLICT (rfq_id, ikm_organization_id) DO NOTHING
           RETURNING id`,
          [rfq.id, profile.organizationId, profile.profileId, evaluation.score, JSON.stringify(evaluation.breakdown), evaluation.deliverableQuantity, MATCHING_ENGINE_VERSION, this.config.MATCHING_TOP_K],
        );
        if (!row) return 0;
        await this.outbox.append(manager, DomainEventName.RfqMatched, { rfqId: rfq.id, matchId: row.id, ikmOrganizationId: profile.organizationId, score: evaluation.score });
        return 1;
      });
    }
    return added;
  }
}
