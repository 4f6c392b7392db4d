import { Module } from '@nestjs/common';
import { TransactionRunner } from '@jalin/database';
import { JobsProducerModule } from '@jalin/jobs';
import { SourcingAccess } from './access/sourcing-access.service';
import { DealStatusWriter } from './deals/deal-status.writer';
import { MatchStatusWriter } from './matches/match-status.writer';
import { QuoteStatusWriter } from './quotes/quote-status.writer';
import { RfqStatusWriter } from './rfqs/rfq-status.writer';
import { AwardService } from './deals/award/award.service';
import { RfqAutoCloseJobs } from './deals/closing/rfq-auto-close.jobs';
import { RfqCloser } from './deals/closing/rfq-closer.service';
import { QuoteComparisonService } from './deals/comparison/quote-comparison.service';
import { DealQueries } from './deals/deal.queries';
import { DealContactsResolver } from './deals/graphql/deal-contacts.resolver';
import { DealEventResolver } from './deals/graphql/deal-event.resolver';
import { DealResolver } from './deals/graphql/deal.resolver';
import { QuoteComparisonResolver } from './deals/graphql/quote-comparison.resolver';
import { RfqDealsResolver } from './deals/graphql/rfq-deals.resolver';
import { DealRatingService } from './deals/rating/deal-rating.service';
import { DealStatusService } from './deals/status/deal-status.service';
import { TrackRecordWriter } from './deals/track-record/track-record.writer';
import { DealFlowAuditSubscriber } from './deals/worker/deal-flow-audit.subscriber';
import { MatchResolver } from './matches/graphql/match.resolver';
import { RfqReadResolver } from './rfqs/graphql/rfq-read.resolver';
import { MatchQueries } from './matches/match.queries';
import { MatchService } from './matches/match.service';
import { MatchWriter } from './matches/match.writer';
import { QuoteResolver } from './quotes/graphql/quote.resolver';
import { RfqQuotesResolver } from './quotes/graphql/rfq-quotes.resolver';
import { MyQuotesResolver } from './quotes/graphql/my-quotes.resolver';
import { QuoteQueries } from './quotes/quote.queries';
import { QuoteService } from './quotes/quote.service';
import { RfqResolver } from './rfqs/graphql/rfq.resolver';
import { RfqQueries } from './rfqs/rfq.queries';
import { RfqService } from './rfqs/rfq.service';

const STATUS_WRITERS = [RfqStatusWriter, MatchStatusWriter, QuoteStatusWriter, DealStatusWriter];

/** The RFQ → match → quote → deal lifecycle (API side): its rows, their rules, who may see them. */
@Module({
  providers: [
    TransactionRunner, SourcingAccess, TrackRecordWriter, ...STATUS_WRITERS,
    RfqService, RfqQueries, RfqResolver,
    MatchQueries, MatchService, RfqReadResolver, MatchResolver,
    QuoteService, QuoteQueries, QuoteResolver, RfqQuotesResolver, MyQuotesResolver,
    AwardService, DealStatusService, DealRatingService, DealQueries, RfqCloser, QuoteComparisonService,
    DealResolver, DealEventResolver, DealContactsResolver, RfqDealsResolver, QuoteComparisonResolver,
  ],
  exports: [RfqService, RfqQueries, MatchQueries, QuoteQueries, DealQueries, SourcingAccess],
})
export class SourcingModule {}

/** The writers the compute side uses: the matching worker inserts matches and withdraws them only through these. */
@Module({ providers: [...STATUS_WRITERS, MatchWriter], exports: [...STATUS_WRITERS, MatchWriter] })
export class SourcingWritersModule {}

/** Worker side: the automatic close of RFQs and the audit trail of the deal flow. */
@Module({
  imports: [JobsProducerModule],
  providers: [TransactionRunner, ...STATUS_WRITERS, RfqCloser, RfqAutoCloseJobs, DealFlowAuditSubscriber],
})
export class SourcingWorkerModule {}
