import { Module } from '@nestjs/common';
import { TransactionRunner } from '@jalin/database';
import { JobsProducerModule } from '@jalin/jobs';
import { MatchingModule } from '@jalin/matching';
import { QuotesModule } from '@jalin/quotes';
import { AwardService } from './award/award.service';
import { RfqAutoCloseJobs } from './closing/rfq-auto-close.jobs';
import { RfqCloser } from './closing/rfq-closer.service';
import { QuoteComparisonService } from './comparison/quote-comparison.service';
import { DealQueries } from './deal.queries';
import { DealEventResolver } from './graphql/deal-event.resolver';
import { DealContactsResolver } from './graphql/deal-contacts.resolver';
import { DealResolver } from './graphql/deal.resolver';
import { QuoteComparisonResolver } from './graphql/quote-comparison.resolver';
import { RfqDealsResolver } from './graphql/rfq-deals.resolver';
import { DealRatingService } from './rating/deal-rating.service';
import { DealStatusService } from './status/deal-status.service';
import { DealFlowAuditSubscriber } from './worker/deal-flow-audit.subscriber';

/** Awards, deals, ratings, quote comparison and closing RFQs (API side). */
@Module({
  imports: [MatchingModule, QuotesModule],
  providers: [
    TransactionRunner, AwardService, DealStatusService, DealRatingService, DealQueries, RfqCloser, QuoteComparisonService,
    DealResolver, DealEventResolver, DealContactsResolver, RfqDealsResolver, QuoteComparisonResolver,
  ],
  exports: [DealQueries],
})
export class DealsModule {}

/** Worker side: the automatic close of RFQs and the audit trail of the deal flow. */
@Module({
  imports: [JobsProducerModule],
  providers: [TransactionRunner, RfqCloser, RfqAutoCloseJobs, DealFlowAuditSubscriber],
})
export class DealsWorkerModule {}
