import { AuditEntryEntity } from '@jalin/audit';
import { OrganizationEntity, PasswordResetTokenEntity, RefreshTokenEntity, UserEntity } from '@jalin/identity';
import { OutboxEventEntity } from '@jalin/outbox';
import { ConsortiumSuggestionEntity, DealEntity, DealEventEntity, DealRatingEntity, IkmTrackRecordDeltaEntity, IkmTrackRecordEntity, MatchEntity, QuoteEntity, RfqEntity } from '@jalin/sourcing';
import { MatchingProfileVectorEntity } from '@jalin/matching-index';
import { CapabilityProfileEntity, ProfileVerificationEntity } from '@jalin/profiles';
import { NotificationDeliveryEntity, NotificationEntity, NotificationPreferenceEntity } from '@jalin/notifications';
import {
  MarketBuyerDayEntity, MarketFirstQuoteEntity, MarketIkmActivityEntity, MarketIkmDayEntity, MarketIkmTotalEntity, MarketRfqDayEntity, MarketRfqProgressEntity, MARKET_ROLLUP_DELTA_ENTITIES,
} from '@jalin/dashboard';

/** Every entity of every module: the one list the data source and the migration check use. */
export const ENTITIES = [
  OrganizationEntity, UserEntity, RefreshTokenEntity, PasswordResetTokenEntity, OutboxEventEntity, AuditEntryEntity,
  CapabilityProfileEntity, ProfileVerificationEntity, RfqEntity, MatchEntity, ConsortiumSuggestionEntity, IkmTrackRecordEntity, IkmTrackRecordDeltaEntity, MatchingProfileVectorEntity,
  QuoteEntity, DealEntity, DealEventEntity, DealRatingEntity,
  NotificationEntity, NotificationDeliveryEntity, NotificationPreferenceEntity,
  MarketRfqProgressEntity, MarketRfqDayEntity, MarketIkmDayEntity, MarketBuyerDayEntity, MarketFirstQuoteEntity, MarketIkmActivityEntity, MarketIkmTotalEntity,
  ...MARKET_ROLLUP_DELTA_ENTITIES,
];
