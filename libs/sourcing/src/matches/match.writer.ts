import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RfqEntity } from '../rfqs/entities/rfq.entity';
import { MatchingFailureCode } from '../rfqs/matching-failure/matching-failure-code.enum';
import { MatchingStatus } from '../rfqs/rfq-status.enum';

/** A match as the compute side ranked it (the profile's IKM is taken from the profile row). */
export interface RankedMatchRow {
  profileId: string;
  score: number;
  rank: number;
  breakdown: unknown;
  deliverableQuantity: number;
}

export interface StoredMatchRow {
  id: string;
  ikm_organization_id: string;
  profile_id: string;
  score: number;
}

/** A consortium suggestion: its members by stored match, with the quantity each would make. */
export interface ConsortiumRow {
  position: number;
  coveredQuantity: number;
  score: number;
  members: { matchId: string; ikmOrganizationId: string; quantity: number }[];
}

/** A match found by re-matching a changed profile against an open RFQ. */
export interface RematchRow {
  rfqId: string;
  ikmOrganizationId: string;
  profileId: string;
  score: number;
  breakdown: unknown;
  deliverableQuantity: number;
  engineVersion: string;
  topK: number;
}

/**
 * The compute side (matching jobs) writes match rows and the RFQ's matching outcome only through here: new matches start NEW and
 * are never overwritten (one per RFQ and IKM); their status changes go through MatchStatusWriter.
 */
@Injectable()
export class MatchWriter {
  /** The RFQ's matching ran to the end: its matches are stored. */
  async markRfqMatched(manager: EntityManager, rfqId: string): Promise<void> {
    await manager.update(RfqEntity, { id: rfqId }, { matchingStatus: MatchingStatus.DONE, matchedAt: new Date(), matchingError: null });
  }

  /** Records why this RFQ version's matching failed, if it is still pending; false when it moved on. */
  async markRfqMatchingFailed(manager: EntityManager, rfqId: string, matchingVersion: number, failure: MatchingFailureCode): Promise<boolean> {
    const result = await manager.update(
      RfqEntity,
      { id: rfqId, matchingVersion, matchingStatus: MatchingStatus.PENDING },
      { matchingStatus: MatchingStatus.FAILED, matchingError: failure },
    );
    return Boolean(result.affected);
  }

  /** The first matching of an RFQ version; returns the rows it inserted (existing ones are kept). */
  async insertInitial(manager: EntityManager, rfqId: string, engineVersion: string, matches: readonly RankedMatchRow[]): Promise<StoredMatchRow[]> {
    if (matches.length === 0) return [];
    return manager.query(
      `INSERT INTO rfq_match (rfq_id, ikm_organization_id, profile_id, score, initial_rank, breakdown, deliverable_quantity, engine_version, source)
       SELECT $1, p.organization_id, m.profile, m.score, m.rank, m.breakdown, m.deliverable, $2, 'initial'
         FROM jsonb_to_recordset($3::jsonb) AS m(profile uuid, score float8, rank int, breakdown jsonb, deliverable int)
         JOIN capability_profile p ON p.id = m.profile
        ORDER BY p.organization_id
       ON CONFLICT (rfq_id, ikm_organization_id) DO NOTHING
       RETURNING id, ikm_organization_id, profile_id, score`,
      [rfqId, engineVersion, JSON.stringify(matches.map((m) => ({
        profile: m.profileId, score: m.score, rank: m.rank, breakdown: m.breakdown, deliverable: m.deliverableQuantity,
      })))],
    );
  }

  async matchesOfRfq(manager: EntityManager, rfqId: string): Promise<StoredMatchRow[]> {
    return manager.query('SELECT id, ikm_organization_id, profile_id, score FROM rfq_match WHERE rfq_id = $1', [rfqId]);
  }

  async insertConsortia(manager: EntityManager, rfqId: string, consortia: readonly ConsortiumRow[]): Promise<void> {
    if (consortia.length === 0) return;
    await manager.query(
      `INSERT INTO consortium_suggestion (rfq_id, position, members, covered_quantity, score)
       SELECT $1, c.position, c.members, c.covered, c.score FROM jsonb_to_recordset($2::jsonb) AS c(position int, members jsonb, covered int, score float8)
       ON CONFLICT (rfq_id, position) DO NOTHING`,
      [rfqId, JSON.stringify(consortia.map((c) => ({ position: c.position, covered: c.coveredQuantity, score: c.score, members: c.members })))],
    );
  }

  /**
   * One match for a re-matched profile, only while fewer than topK current matches of the RFQ score
   * above it (its rank is theirs + 1); returns its id, or null when it did not make the cut or existed.
   */
  async insertRematch(manager: EntityManager, m: RematchRow): Promise<string | null> {
    const [row] = await manager.query(
      `WITH better AS (SELECT count(*)::int AS n FROM rfq_match WHERE rfq_id = $1 AND score > $4)
       INSERT INTO rfq_match (rfq_id, ikm_organization_id, profile_id, score, initial_rank, breakdown, deliverable_quantity, engine_version, source)
       SELECT $1, $2, $3, $4, better.n + 1, $5::jsonb, $6, $7, 'rematch' FROM better WHERE better.n < $8
       ON CONFLICT (rfq_id, ikm_organization_id) DO NOTHING
       RETURNING id`,
      [m.rfqId, m.ikmOrganizationId, m.profileId, m.score, JSON.stringify(m.breakdown), m.deliverableQuantity, m.engineVersion, m.topK],
    );
    return row?.id ?? null;
  }
}
