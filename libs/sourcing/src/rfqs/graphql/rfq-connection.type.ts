import { ConnectionType } from '@jalin/graphql-core';
import { RfqType } from './rfq.type';

export const RfqConnection = ConnectionType(RfqType, 'Rfq');
