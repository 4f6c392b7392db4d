import { ConnectionType } from '@jalin/graphql-core';
import { DealType } from './deal.type';

export const DealConnection = ConnectionType(DealType, 'Deal');
