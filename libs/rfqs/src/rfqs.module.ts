import { Module } from '@nestjs/common';
import { TransactionRunner } from '@jalin/database';
import { RfqResolver } from './graphql/rfq.resolver';
import { RfqQueries } from './rfq.queries';
import { RfqService } from './rfq.service';

/** RFQs: the buyer's side (API). */
@Module({ providers: [TransactionRunner, RfqService, RfqQueries, RfqResolver], exports: [RfqService, RfqQueries] })
export class RfqsModule {}
