import { Module } from '@nestjs/common';
import { TransactionRunner } from '@jalin/database';
import { MyQuotesResolver } from './graphql/my-quotes.resolver';
import { QuoteResolver } from './graphql/quote.resolver';
import { RfqQuotesResolver } from './graphql/rfq-quotes.resolver';
import { QuoteQueries } from './quote.queries';
import { QuoteService } from './quote.service';

/** Quoting: the IKM's answer to a matched RFQ, and the quotes shown on an RFQ (API side). */
@Module({
  providers: [TransactionRunner, QuoteService, QuoteQueries, QuoteResolver, RfqQuotesResolver, MyQuotesResolver],
  exports: [QuoteQueries],
})
export class QuotesModule {}
