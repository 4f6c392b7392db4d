import { Injectable } from '@nestjs/common';
import { AuthUser } from '@jalin/authz';
import { may, SourcingPermission } from '../access/sourcing-permission';
import { isUuid, TransactionRunner } from '@jalin/database';
import { DomainEventName } from '@jalin/jobs';
import { OutboxWriter } from '@jalin/outbox';
import { InputValidationException } from '@jalin/errors';
import { MatchEntity } from './entities/match.entity';
import { MatchStatus } from './match-status.enum';
import { MatchStatusWriter } from './match-status.writer';
import { MatchingErrorCode, MatchingException } from './matches.exception';

const DECLINABLE: readonly MatchStatus[] = [MatchStatus.NEW, MatchStatus.VIEWED];

/** The IKM's side of a match. */
@Injectable()
export class MatchService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly outbox: OutboxWriter,
    private readonly matchStatus: MatchStatusWriter,
  ) {}

  /** Only the matched IKM, only before it quoted; the buyer then sees DECLINED. */
  async decline(matchId: string, reason: string | null | undefined, ikm: AuthUser): Promise<MatchEntity> {
    if (reason && reason.length > 1000) throw InputValidationException.of('reason', reason.slice(0, 40), 'must be at most 1000 characters');
    return this.tx.run(async (manager) => {
      const match = isUuid(matchId) ? await manager.findOne(MatchEntity, { where: { id: matchId }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!match || !may(ikm, SourcingPermission.MATCH_ANSWER, match) || match.status === MatchStatus.EXPIRED) {
        throw new MatchingException(MatchingErrorCode.MATCH_NOT_FOUND, `Match ${matchId} not found`);
      }
      if (!DECLINABLE.includes(match.status)) {
        throw new MatchingException(MatchingErrorCode.MATCH_NOT_DECLINABLE, `A ${match.status} match cannot be declined`);
      }
      await this.matchStatus.transitionRow(manager, match, MatchStatus.DECLINED, { declineReason: reason?.trim() || null });
      await this.outbox.append(manager, DomainEventName.MatchDeclined, { rfqId: match.rfqId, matchId: match.id, ikmOrganizationId: match.ikmOrganizationId });
      return match;
    });
  }
}
