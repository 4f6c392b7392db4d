import { Module } from '@nestjs/common';
import { MatchingIndexChanges } from './matching-index-changes';
import { MatchingIndex } from './matching-index.service';

/** The worker's matching index (no HTTP, no GraphQL). */
@Module({
  providers: [MatchingIndex, MatchingIndexChanges],
  exports: [MatchingIndex, MatchingIndexChanges],
})
export class MatchingIndexModule {}
