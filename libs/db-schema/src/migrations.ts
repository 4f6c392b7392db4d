import { Foundation1795837609747 } from './migrations/1795837609747-Foundation';
import { CapabilityProfiles1795839185222 } from './migrations/1795839185222-CapabilityProfiles';
import { RfqsAndMatching1795841465206 } from './migrations/1795841465206-RfqsAndMatching';
import { IkmTrackRecord1795846748896 } from './migrations/1795846748896-IkmTrackRecord';
import { QuotesAndDeals1795847092798 } from './migrations/1795847092798-QuotesAndDeals';
import { MatchingProfileVector1795847172508 } from './migrations/1795847172508-MatchingProfileVector';
import { Notifications1795850737381 } from './migrations/1795850737381-Notifications';
import { MarketRollups1795852328879 } from './migrations/1795852328879-MarketRollups';
import { MarketRollupsCancelled1795856192839 } from './migrations/1795856192839-MarketRollupsCancelled';
import { DealKecamatanIndex1796160159678 } from './migrations/1796160159678-DealKecamatanIndex';
import { MatchingFailureCodes1796602587075 } from './migrations/1796602587075-MatchingFailureCodes';
import { SessionsUsersCanEnd1796602647387 } from './migrations/1796602647387-SessionsUsersCanEnd';
import { MarketRollupSumsNumeric1796602710518 } from './migrations/1796602710518-MarketRollupSumsNumeric';
import { MatchStatusExpired1796602767176 } from './migrations/1796602767176-MatchStatusExpired';
import { OrganizationSharedContact1796603224290 } from './migrations/1796603224290-OrganizationSharedContact';
import { MatchViewedAt1796605025311 } from './migrations/1796605025311-MatchViewedAt';
import { MatchingProfileVectorFromLayout1796605692017 } from './migrations/1796605692017-MatchingProfileVectorFromLayout';
import { MarketRollupDeltas1796613814287 } from './migrations/1796613814287-MarketRollupDeltas';
import { MarketRollupFold1796615973802 } from './migrations/1796615973802-MarketRollupFold';
import { QuoteDeltaCarriesFirstAndRfq1796626696753 } from './migrations/1796626696753-QuoteDeltaCarriesFirstAndRfq';
import { QuoteDeltaOneRow1796626699432 } from './migrations/1796626699432-QuoteDeltaOneRow';
import { IkmTrackRecordDelta1796630036022 } from './migrations/1796630036022-IkmTrackRecordDelta';
import { TrackRecordDeltas1796630044464 } from './migrations/1796630044464-TrackRecordDeltas';
import { MatchLiveRankIndex1796654261619 } from './migrations/1796654261619-MatchLiveRankIndex';

/**
 * Migration classes in order; listed rather than globbed so tsc, SWC and Jest load the same set.
 * One per line, so branches that each add a migration merge without conflict.
 */
export const MIGRATIONS = [
  Foundation1795837609747,
  CapabilityProfiles1795839185222,
  RfqsAndMatching1795841465206,
  IkmTrackRecord1795846748896,
  QuotesAndDeals1795847092798,
  MatchingProfileVector1795847172508,
  Notifications1795850737381,
  MarketRollups1795852328879,
  MarketRollupsCancelled1795856192839,
  DealKecamatanIndex1796160159678,
  MatchingFailureCodes1796602587075,
  SessionsUsersCanEnd1796602647387,
  MarketRollupSumsNumeric1796602710518,
  MatchStatusExpired1796602767176,
  OrganizationSharedContact1796603224290,
  MatchViewedAt1796605025311,
  MatchingProfileVectorFromLayout1796605692017,
  MarketRollupDeltas1796613814287,
  MarketRollupFold1796615973802,
  QuoteDeltaCarriesFirstAndRfq1796626696753,
  QuoteDeltaOneRow1796626699432,
  IkmTrackRecordDelta1796630036022,
  TrackRecordDeltas1796630044464,
  MatchLiveRankIndex1796654261619,
];
