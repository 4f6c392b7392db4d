import { ConnectionType } from '@jalin/graphql-core';
import { QuoteType } from './quote.type';

export const QuoteConnection = ConnectionType(QuoteType, 'Quote');
