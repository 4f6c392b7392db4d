import { AccessErrorCode, GraphqlErrorCode, InputValidationErrorCode } from '@jalin/errors';
import { IdentityErrorCode } from '@jalin/identity';
import { DealsErrorCode, MatchingErrorCode, QuotesErrorCode, RfqErrorCode } from '@jalin/sourcing';
import { ProfilesErrorCode } from '@jalin/profiles';
import { NotificationsErrorCode } from '@jalin/notifications';
import { DashboardErrorCode } from '@jalin/dashboard';

/**
 * The one place where module error codes become public GraphQL codes. Each table is typed as a
 * Record over its enum, so adding a code to a module without deciding its public meaning does not
 * compile (Twenty habit, in one file instead of per resolver).
 */
export const DOMAIN_ERROR_MAP = {
  input: {
    [InputValidationErrorCode.INVALID_INPUT]: GraphqlErrorCode.BAD_USER_INPUT,
  } satisfies Record<InputValidationErrorCode, GraphqlErrorCode>,
  access: {
    [AccessErrorCode.UNAUTHENTICATED]: GraphqlErrorCode.UNAUTHENTICATED,
    [AccessErrorCode.FORBIDDEN]: GraphqlErrorCode.FORBIDDEN,
    [AccessErrorCode.NO_RULE]: GraphqlErrorCode.FORBIDDEN,
    [AccessErrorCode.RATE_LIMITED]: GraphqlErrorCode.RATE_LIMITED,
  } satisfies Record<AccessErrorCode, GraphqlErrorCode>,
  identity: {
    [IdentityErrorCode.EMAIL_TAKEN]: GraphqlErrorCode.CONFLICT,
    [IdentityErrorCode.INVALID_CREDENTIALS]: GraphqlErrorCode.UNAUTHENTICATED,
    [IdentityErrorCode.INVALID_REFRESH_TOKEN]: GraphqlErrorCode.UNAUTHENTICATED,
    [IdentityErrorCode.REFRESH_TOKEN_REUSED]: GraphqlErrorCode.UNAUTHENTICATED,
    [IdentityErrorCode.ROLE_NOT_ALLOWED]: GraphqlErrorCode.BAD_USER_INPUT,
    [IdentityErrorCode.USER_NOT_FOUND]: GraphqlErrorCode.NOT_FOUND,
    [IdentityErrorCode.TOO_MANY_ATTEMPTS]: GraphqlErrorCode.RATE_LIMITED,
    // Signed in already: a wrong current password is a mistake in the input, not a lost session.
    [IdentityErrorCode.WRONG_PASSWORD]: GraphqlErrorCode.BAD_USER_INPUT,
    [IdentityErrorCode.INVALID_RESET_TOKEN]: GraphqlErrorCode.BAD_USER_INPUT,
  } satisfies Record<IdentityErrorCode, GraphqlErrorCode>,
  profiles: {
    [ProfilesErrorCode.PROFILE_NOT_FOUND]: GraphqlErrorCode.NOT_FOUND,
    [ProfilesErrorCode.NOT_AN_IKM]: GraphqlErrorCode.FORBIDDEN,
    [ProfilesErrorCode.VERIFICATIONS_HIDDEN]: GraphqlErrorCode.FORBIDDEN,
  } satisfies Record<ProfilesErrorCode, GraphqlErrorCode>,
  rfqs: {
    [RfqErrorCode.RFQ_NOT_FOUND]: GraphqlErrorCode.NOT_FOUND,
    [RfqErrorCode.RFQ_NOT_OPEN]: GraphqlErrorCode.CONFLICT,
    [RfqErrorCode.MATCHING_NOT_FAILED]: GraphqlErrorCode.CONFLICT,
  } satisfies Record<RfqErrorCode, GraphqlErrorCode>,
  matching: {
    [MatchingErrorCode.MATCH_NOT_FOUND]: GraphqlErrorCode.NOT_FOUND,
    [MatchingErrorCode.MATCH_NOT_DECLINABLE]: GraphqlErrorCode.CONFLICT,
  } satisfies Record<MatchingErrorCode, GraphqlErrorCode>,
  quotes: {
    [QuotesErrorCode.RFQ_NOT_FOUND]: GraphqlErrorCode.NOT_FOUND,
    [QuotesErrorCode.QUOTE_NOT_FOUND]: GraphqlErrorCode.NOT_FOUND,
    [QuotesErrorCode.RFQ_NOT_OPEN]: GraphqlErrorCode.CONFLICT,
    [QuotesErrorCode.QUOTE_DEADLINE_PASSED]: GraphqlErrorCode.CONFLICT,
    [QuotesErrorCode.MATCH_DECLINED]: GraphqlErrorCode.CONFLICT,
    [QuotesErrorCode.QUOTE_NOT_WITHDRAWABLE]: GraphqlErrorCode.CONFLICT,
  } satisfies Record<QuotesErrorCode, GraphqlErrorCode>,
  deals: {
    [DealsErrorCode.RFQ_NOT_FOUND]: GraphqlErrorCode.NOT_FOUND,
    [DealsErrorCode.RFQ_NOT_OPEN]: GraphqlErrorCode.CONFLICT,
    [DealsErrorCode.QUOTES_SEALED]: GraphqlErrorCode.CONFLICT,
    [DealsErrorCode.QUOTE_NOT_AWARDABLE]: GraphqlErrorCode.CONFLICT,
    [DealsErrorCode.DEAL_NOT_FOUND]: GraphqlErrorCode.NOT_FOUND,
    [DealsErrorCode.DEAL_STEP_OUT_OF_ORDER]: GraphqlErrorCode.CONFLICT,
    [DealsErrorCode.DEAL_STEP_NOT_YOURS]: GraphqlErrorCode.FORBIDDEN,
    [DealsErrorCode.DEAL_NOT_COMPLETED]: GraphqlErrorCode.CONFLICT,
    [DealsErrorCode.DEAL_ALREADY_RATED]: GraphqlErrorCode.CONFLICT,
  } satisfies Record<DealsErrorCode, GraphqlErrorCode>,
  notifications: {
    [NotificationsErrorCode.USER_NOT_FOUND]: GraphqlErrorCode.NOT_FOUND,
  } satisfies Record<NotificationsErrorCode, GraphqlErrorCode>,
  dashboard: {
    [DashboardErrorCode.DASHBOARD_UNAVAILABLE]: GraphqlErrorCode.SERVICE_UNAVAILABLE,
  } satisfies Record<DashboardErrorCode, GraphqlErrorCode>,
} as const;

type ModuleName = keyof typeof DOMAIN_ERROR_MAP;

export function graphqlCodeFor(module: string, code: string): GraphqlErrorCode | undefined {
  const table = DOMAIN_ERROR_MAP[module as ModuleName] as Record<string, GraphqlErrorCode> | undefined;
  return table?.[code];
}
