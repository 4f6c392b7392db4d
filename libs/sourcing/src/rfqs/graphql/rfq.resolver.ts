import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowRoles, AuthUser, callerOf, CurrentUser, RequestContext, Role } from '@jalin/authz';
import { Connection } from '@jalin/graphql-core';
import { RfqService } from '../rfq.service';
import { RfqQueries } from '../rfq.queries';
import { isMatchingFailureCode, MatchingFailureCode } from '../matching-failure/matching-failure-code.enum';
import { MATCHING_FAILURE_TEXTS, textLocaleOf } from '../matching-failure/matching-failure-texts';
import { CreateRfqInput } from './create-rfq.input';
import { MatchingErrorType } from './matching-error.type';
import { RfqConnection } from './rfq-connection.type';
import { RfqStatus } from './rfq-status.enum.graphql';
import { RfqType } from './rfq.type';

@Resolver(() => RfqType)
export class RfqResolver {
  constructor(
    private readonly rfqs: RfqService,
    private readonly queries: RfqQueries,
  ) {}

  /** BUYER: posts an RFQ; it is OPEN and its matching is queued. */
  @AllowRoles(Role.BUYER)
  @Mutation(() => RfqType, { description: 'BUYER: OPEN, matchingStatus PENDING, matching queued' })
  async createRfq(@Args('input') input: CreateRfqInput, @CurrentUser() buyer: AuthUser): Promise<RfqType> {
    return RfqType.from(await this.rfqs.create(input, buyer));
  }

  /** BUYER: its own RFQ, while OPEN. */
  @AllowRoles(Role.BUYER)
  @Mutation(() => RfqType)
  async cancelRfq(@Args('id', { type: () => ID }) id: string, @Args('reason') reason: string, @CurrentUser() buyer: AuthUser): Promise<RfqType> {
    return RfqType.from(await this.rfqs.cancel(id, reason, buyer));
  }

  /** BUYER: its own OPEN RFQ whose matching FAILED. */
  @AllowRoles(Role.BUYER)
  @Mutation(() => RfqType, { description: 'BUYER: runs a FAILED matching again' })
  async retryMatching(@Args('id', { type: () => ID }) id: string, @CurrentUser() buyer: AuthUser): Promise<RfqType> {
    return RfqType.from(await this.rfqs.retryMatching(id, buyer));
  }

  /** BUYER: the RFQs of the caller's organization, newest first. */
  @AllowRoles(Role.BUYER)
  @Query(() => RfqConnection)
  async myRfqs(
    @CurrentUser() buyer: AuthUser,
    @Args('status', { type: () => RfqStatus, nullable: true }) status?: RfqStatus,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<Connection<RfqType>> {
    return this.queries.byBuyer(buyer.organizationId, status ?? null, first, after);
  }

  @ResolveField(() => MatchingErrorType, { nullable: true, description: "Why matching failed, when it did: a stable code and a text in the reader's language" })
  matchingError(rfq: RfqType, _args: unknown, ctx: RequestContext): MatchingErrorType | null {
    const user = callerOf(ctx);
    if (!rfq.matchingFailure) return null;
    const code = isMatchingFailureCode(rfq.matchingFailure) ? rfq.matchingFailure : MatchingFailureCode.MATCHING_FAILED;
    return { code, message: MATCHING_FAILURE_TEXTS[textLocaleOf(user.locale)][code] };
  }
}
