import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MATCH_TRANSITIONS, UNANSWERED_MATCH } from '../state/match-transitions';
import { StatusWriter } from '../state/status-writer';
import { MatchEntity } from './entities/match.entity';
import { MatchStatus } from './match-status.enum';

/** Every change of a match's status goes through here, the compute side's withdrawals included. */
@Injectable()
export class MatchStatusWriter extends StatusWriter<MatchStatus, MatchEntity> {
  constructor() {
    super(MatchEntity, MATCH_TRANSITIONS);
  }

  /** The outcome of an RFQ for the IKMs that quoted: the winners' matches AWARDED, every other QUOTED one NOT_AWARDED. */
  async settleQuoted(manager: EntityManager, rfqId: string, winnerOrganizationIds: readonly string[]): Promise<void> {
    const winners = [...winnerOrganizationIds];
    if (winners.length > 0) {
      await this.transitionWhere(manager, { where: 'rfq_id = :rfqId AND ikm_organization_id IN (:...winners)', params: { rfqId, winners } }, MatchStatus.AWARDED);
    }
    const others = winners.length ? ' AND NOT (ikm_organization_id IN (:...winners))' : '';
    await this.transitionWhere(manager, { where: `rfq_id = :rfqId${others}`, params: { rfqId, winners } }, MatchStatus.NOT_AWARDED);
  }

  /** The IKM opened its match: NEW becomes VIEWED, once; any other status stays (one conditional statement). */
  async markViewed(manager: EntityManager, rfqId: string, ikmOrganizationId: string, now = new Date()): Promise<boolean> {
    const filter = { where: 'rfq_id = :rfqId AND ikm_organization_id = :ikmOrganizationId', params: { rfqId, ikmOrganizationId } };
    const moved = await this.transitionWhere(manager, filter, MatchStatus.VIEWED, { from: [MatchStatus.NEW], set: { viewedAt: now } });
    return moved.length > 0;
  }

  /** Withdraws these matches if they are still unanswered (a quote or a decline since the read keeps its match). */
  withdrawUnanswered(manager: EntityManager, ids: readonly string[]): Promise<string[]> {
    return this.transition(manager, ids, MatchStatus.EXPIRED, { from: UNANSWERED_MATCH });
  }
}
