import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AllowRoles, AuthUser, CurrentUser, Role } from '@jalin/authz';
import { Connection, createdAtConnection } from '@jalin/graphql-core';
import { QuoteQueries } from '../quote.queries';
import { QuoteConnection } from './quote-connection.type';
import { QuoteType } from './quote.type';

/** "My quotes" of the IKM app: every RFQ the caller's IKM quoted, by its current revision. */
@Resolver(() => QuoteType)
export class MyQuotesResolver {
  constructor(private readonly quotes: QuoteQueries) {}

  /** IKM: its own quotes, the current revision of each (withdrawn ones included), newest first. */
  @AllowRoles(Role.IKM)
  @Query(() => QuoteConnection, { description: 'IKM: its own quotes, the current revision of each (withdrawn ones included), newest first' })
  async myQuotes(
    @CurrentUser() ikm: AuthUser,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<Connection<QuoteType>> {
    const page = await this.quotes.currentOfIkm(ikm.organizationId, first, after);
    return createdAtConnection(page, QuoteType.from);
  }
}
