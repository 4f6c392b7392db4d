import { registerEnumType } from '@nestjs/graphql';
import { MatchStatus } from '../match-status.enum';

registerEnumType(MatchStatus, { name: 'MatchStatus' });

export { MatchStatus };
