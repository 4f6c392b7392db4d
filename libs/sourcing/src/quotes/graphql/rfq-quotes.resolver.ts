import { Int, ResolveField, Resolver } from '@nestjs/graphql';
import { callerOf, RequestContext } from '@jalin/authz';
import { RfqType } from '../../rfqs';
import { QuoteQueries } from '../quote.queries';
import { quoteScope, seesQuoteCount } from '../../access/quote-visibility';
import { currentQuotesOfRfqLoader, quoteCountOfRfqLoader } from './quote.loaders';
import { QuoteType } from './quote.type';

/**
 * The quotes of an RFQ the caller can already read (the `rfq` query decides that). Sealed RFQs
 * show no quote to anybody but its author before the quote deadline.
 */
@Resolver(() => RfqType)
export class RfqQuotesResolver {
  constructor(private readonly queries: QuoteQueries) {}

  @ResolveField(() => [QuoteType], {
    description: 'Buyer, DINAS, ADMIN: current revisions (none before quoteDeadline when sealed); an IKM: only its own',
  })
  async quotes(rfq: RfqType, _args: unknown, ctx: RequestContext): Promise<QuoteType[]> {
    const user = callerOf(ctx);
    const scope = quoteScope(rfq, user, new Date());
    if (scope === 'none') return [];
    const current = await currentQuotesOfRfqLoader(ctx, this.queries).load(rfq.id);
    return current.filter((q) => scope === 'all' || q.ikmOrganizationId === user.organizationId).map(QuoteType.from);
  }

  @ResolveField(() => Int, { nullable: true, description: 'Current, not withdrawn quotes; buyer, DINAS, ADMIN (also while sealed); null for IKMs' })
  async quoteCount(rfq: RfqType, _args: unknown, ctx: RequestContext): Promise<number | null> {
    const user = callerOf(ctx);
    if (!seesQuoteCount(rfq, user)) return null;
    return quoteCountOfRfqLoader(ctx, this.queries).load(rfq.id);
  }
}
