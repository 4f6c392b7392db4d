export { RfqEntity } from './entities/rfq.entity';
export { RfqStatus, MatchingStatus } from './rfq-status.enum';
export { RfqErrorCode, RfqException } from './rfqs.exception';
export { RfqService } from './rfq.service';
export { RfqQueries } from './rfq.queries';
export { NewRfq } from './new-rfq';
export { RfqType } from './graphql/rfq.type';
export { dayNumber } from './day-number';
export { RfqsModule } from './rfqs.module';
