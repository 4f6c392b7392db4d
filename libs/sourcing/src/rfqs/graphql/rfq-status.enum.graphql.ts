import { registerEnumType } from '@nestjs/graphql';
import { MatchingStatus, RfqStatus } from '../rfq-status.enum';

registerEnumType(RfqStatus, { name: 'RfqStatus', description: 'CLOSED: ended without an award' });
registerEnumType(MatchingStatus, { name: 'MatchingStatus' });

export { MatchingStatus, RfqStatus };
