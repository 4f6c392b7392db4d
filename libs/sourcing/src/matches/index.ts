export { MatchEntity, StoredComponent } from './entities/match.entity';
export { ConsortiumSuggestionEntity } from './entities/consortium-suggestion.entity';
export { MatchStatus } from './match-status.enum';
export { MatchingErrorCode, MatchingException } from './matches.exception';
export { MatchQueries } from './match.queries';
export { MatchType } from './graphql/match.type';
