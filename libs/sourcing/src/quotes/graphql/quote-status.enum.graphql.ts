import { registerEnumType } from '@nestjs/graphql';
import { QuoteStatus } from '../quote-status.enum';

registerEnumType(QuoteStatus, { name: 'QuoteStatus' });

export { QuoteStatus };
