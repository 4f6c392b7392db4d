import { ConnectionType } from '@jalin/graphql-core';
import { MatchType } from './match.type';

export const MatchConnection = ConnectionType(MatchType, 'Match');
