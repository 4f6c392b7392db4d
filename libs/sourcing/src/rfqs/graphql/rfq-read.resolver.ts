import { Args, ID, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowRoles, AuthUser, callerOf, CurrentUser, RequestContext, Role } from '@jalin/authz';
import { plainRows, TransactionRunner } from '@jalin/database';
import { OrganizationType, organizationLoader } from '@jalin/identity';
import { RfqType } from './rfq.type';
import { ConsortiumSuggestionEntity } from '../../matches/entities/consortium-suggestion.entity';
import { MatchQueries } from '../../matches/match.queries';
import { MatchStatusWriter } from '../../matches/match-status.writer';
import { SourcingAccess } from '../../access/sourcing-access.service';
import { ConsortiumSuggestionType } from '../../matches/graphql/consortium-suggestion.type';
import { matchByIdLoader, matchesOfRfqLoader } from '../../matches/graphql/match.loaders';
import { MatchType } from '../../matches/graphql/match.type';
import { withSealedStatus } from '../../matches/graphql/sealed-match-status';

/** Reading an RFQ with its matches: the view that joins the buyer's and the IKMs' sides. */
@Resolver(() => RfqType)
export class RfqReadResolver {
  constructor(
    private readonly access: SourcingAccess,
    private readonly matchQueries: MatchQueries,
    private readonly tx: TransactionRunner,
    private readonly matchStatus: MatchStatusWriter,
  ) {}

  /** Its buyer, its matched IKMs, DINAS and ADMIN; NOT_FOUND for everybody else. */
  @AllowRoles(Role.BUYER, Role.IKM, Role.DINAS, Role.ADMIN)
  @Query(() => RfqType)
  async rfq(@Args('id', { type: () => ID }) id: string, @CurrentUser() user: AuthUser): Promise<RfqType> {
    const rfq = await this.access.requireRfq(user, id);
    // The matched IKM opened it: its NEW match becomes VIEWED before the matches below are read.
    // One conditional UPDATE, atomic on its own and a no-op the second time; listing (myMatches) never marks.
    if (user.role === Role.IKM) await this.matchStatus.markViewed(this.tx.manager, rfq.id, user.organizationId);
    return RfqType.from(rfq);
  }

  @ResolveField(() => OrganizationType)
  async buyer(rfq: RfqType, _args: unknown, ctx: RequestContext): Promise<OrganizationType> {
    return OrganizationType.from((await organizationLoader(ctx, this.tx.manager).load(rfq.buyerOrganizationId))!);
  }

  @ResolveField(() => [MatchType], { description: 'Buyer, DINAS, ADMIN: all, best first; an IKM: only its own' })
  async matches(rfq: RfqType, _args: unknown, ctx: RequestContext): Promise<MatchType[]> {
    const user = callerOf(ctx);
    const all = await matchesOfRfqLoader(ctx, this.matchQueries).load(rfq.id);
    const now = new Date();
    const visible = this.access.seesAllMatches(rfq, user) ? all : all.filter((m) => m.ikmOrganizationId === user.organizationId);
    return visible.map((m) => withSealedStatus(m, rfq, user.organizationId, now));
  }

  @ResolveField(() => [ConsortiumSuggestionType], { description: 'When no single IKM can cover the quantity in time; buyer, DINAS and ADMIN only' })
  async consortiumSuggestions(rfq: RfqType, _args: unknown, ctx: RequestContext): Promise<ConsortiumSuggestionType[]> {
    const user = callerOf(ctx);
    if (!this.access.seesAllMatches(rfq, user)) return [];
    const suggestions = await plainRows(this.tx.manager, ConsortiumSuggestionEntity, { where: 't.rfq_id = $1', params: [rfq.id], orderBy: 't.position' });
    const loader = matchByIdLoader(ctx, this.matchQueries);
    const now = new Date();
    const offered = await Promise.all(
      suggestions.map(async (s) => {
        const members = await Promise.all(s.members.map(async (m) => ({ match: await loader.load(m.matchId), quantity: m.quantity })));
        // A suggestion with a withdrawn (EXPIRED, unreadable) member is no longer offered.
        if (members.some((m) => !m.match)) return null;
        const shares = members.map((m) => ({ match: withSealedStatus(m.match!, rfq, user.organizationId, now), quantity: m.quantity }));
        return { members: shares.map((x) => x.match), shares, coveredQuantity: s.coveredQuantity, score: s.score };
      }),
    );
    return offered.filter((s) => s !== null);
  }
}
