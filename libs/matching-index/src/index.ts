export { ProfileCodebook, CODE_LIMITS, type CodeLists } from './profile-codebook';
export { ProfileColumns } from './profile-columns';
export { rankIndexed, type IndexedMatch } from './indexed-ranking';
export { MatchingProfileVectorEntity } from './matching-profile-vector.entity';
export { MatchingIndex, type MatchingIndexStats } from './matching-index.service';
export { MatchingIndexChanges, indexChangesChannel } from './matching-index-changes';
export { MatchingIndexModule } from './matching-index.module';
export { withGeneratedProfileVectorSql } from './profile-vector-sql';
