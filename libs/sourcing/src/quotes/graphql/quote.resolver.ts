import { Args, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowRoles, AuthUser, CurrentUser, RequestContext, Role } from '@jalin/authz';
import { TransactionRunner } from '@jalin/database';
import { OrganizationType, organizationLoader } from '@jalin/identity';
import { RfqType } from '../../rfqs';
import { QuoteService } from '../quote.service';
import { rfqEntityLoader } from './quote.loaders';
import { QuoteType } from './quote.type';
import { SubmitQuoteInput } from './submit-quote.input';

@Resolver(() => QuoteType)
export class QuoteResolver {
  constructor(
    private readonly quotes: QuoteService,
    private readonly tx: TransactionRunner,
  ) {}

  /** IKM: a matched IKM, OPEN RFQ, before quoteDeadline; a second call makes a new revision. */
  @AllowRoles(Role.IKM)
  @Mutation(() => QuoteType, { description: 'IKM: a matched IKM, OPEN RFQ, before quoteDeadline; a second call makes a new revision' })
  async submitQuote(@Args('input') input: SubmitQuoteInput, @CurrentUser() ikm: AuthUser): Promise<QuoteType> {
    return QuoteType.from(await this.quotes.submit(input, ikm));
  }

  /** IKM: its own current quote, while the RFQ is OPEN. */
  @AllowRoles(Role.IKM)
  @Mutation(() => QuoteType, { description: 'IKM: its own current quote, while the RFQ is OPEN' })
  async withdrawQuote(@Args('id', { type: () => ID }) id: string, @CurrentUser() ikm: AuthUser): Promise<QuoteType> {
    return QuoteType.from(await this.quotes.withdraw(id, ikm));
  }

  @ResolveField(() => RfqType)
  async rfq(quote: QuoteType, _args: unknown, ctx: RequestContext): Promise<RfqType> {
    return RfqType.from((await rfqEntityLoader(ctx, this.tx.manager).load(quote.rfqId))!);
  }

  @ResolveField(() => OrganizationType)
  async ikm(quote: QuoteType, _args: unknown, ctx: RequestContext): Promise<OrganizationType> {
    return OrganizationType.from((await organizationLoader(ctx, this.tx.manager).load(quote.ikmOrganizationId))!);
  }
}
