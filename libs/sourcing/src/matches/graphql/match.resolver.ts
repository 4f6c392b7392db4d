import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowRoles, AuthUser, callerOf, CurrentUser, RequestContext, Role } from '@jalin/authz';
import { TransactionRunner } from '@jalin/database';
import { Connection } from '@jalin/graphql-core';
import { OrganizationType, organizationLoader } from '@jalin/identity';
import { CapabilityProfileType } from '@jalin/profiles';
import { RfqType } from '../../rfqs';
import { MatchQueries } from '../match.queries';
import { MatchService } from '../match.service';
import { MatchConnection } from './match-connection.type';
import { matchByIdLoader, rfqByIdLoader, storedBreakdownLoader } from './match.loaders';
import { profileByIdLoader } from './profile-by-id.loader';
import { MatchStatus } from './match-status.enum.graphql';
import { MatchType } from './match.type';
import { ScoreComponentType } from './score-component.type';
import { explainAndKeep, keptExplanation } from './explained-breakdown';

@Resolver(() => MatchType)
export class MatchResolver {
  constructor(
    private readonly matches: MatchQueries,
    private readonly service: MatchService,
    private readonly tx: TransactionRunner,
  ) {}

  /** IKM: the RFQs matched to the caller's IKM, newest first. */
  @AllowRoles(Role.IKM)
  @Query(() => MatchConnection)
  myMatches(
    @CurrentUser() ikm: AuthUser,
    @Args('status', { type: () => MatchStatus, nullable: true }) status?: MatchStatus,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<Connection<MatchType>> {
    return this.matches.ofIkm(ikm.organizationId, status ?? null, first, after);
  }

  /** IKM: the matched IKM declines, before quoting. */
  @AllowRoles(Role.IKM)
  @Mutation(() => MatchType)
  async declineMatch(
    @Args('matchId', { type: () => ID }) matchId: string,
    @CurrentUser() ikm: AuthUser,
    @Context() ctx: RequestContext,
    @Args('reason', { nullable: true }) reason?: string,
  ): Promise<MatchType> {
    const declined = await this.service.decline(matchId, reason, ikm);
    return (await matchByIdLoader(ctx, this.matches).load(declined.id))!;
  }

  @ResolveField(() => RfqType)
  async rfq(match: MatchType, _args: unknown, ctx: RequestContext): Promise<RfqType> {
    return RfqType.from((await rfqByIdLoader(ctx, this.tx.manager).load(match.rfqId))!);
  }

  @ResolveField(() => OrganizationType)
  async ikm(match: MatchType, _args: unknown, ctx: RequestContext): Promise<OrganizationType> {
    return OrganizationType.from((await organizationLoader(ctx, this.tx.manager).load(match.ikmOrganizationId))!);
  }

  /** The profile as it is now (the breakdown shows it as it was scored). */
  @ResolveField(() => CapabilityProfileType)
  async profile(match: MatchType, _args: unknown, ctx: RequestContext): Promise<CapabilityProfileType> {
    return CapabilityProfileType.from((await profileByIdLoader(ctx, this.tx.manager).load(match.profileId))!);
  }

  @ResolveField(() => [ScoreComponentType], { description: "Each factor with one sentence in the reader's language" })
  breakdown(match: MatchType, _args: unknown, ctx: RequestContext): readonly ScoreComponentType[] | Promise<readonly ScoreComponentType[]> {
    const locale = callerOf(ctx).locale === 'en' ? 'en' : 'id';
    // Synchronous when kept: a page of kept matches costs no promise and no statement per match.
    return keptExplanation(match.id, locale)
      ?? storedBreakdownLoader(ctx, this.matches).load(match.id).then((stored) => explainAndKeep(match.id, locale, stored));
  }
}
