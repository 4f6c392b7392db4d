/**
 * The lifecycle's status enums alone (@jalin/sourcing/statuses), for libraries that only name
 * statuses (notification texts and recipients): they import no entities, resolvers or modules, so
 * no import cycle runs through sourcing's services.
 */
export { RfqStatus, MatchingStatus } from './rfqs/rfq-status.enum';
export { RfqNotAwardedOutcome } from './rfqs/rfq-not-awarded-outcome.enum';
export { MatchStatus } from './matches/match-status.enum';
export { QuoteStatus } from './quotes/quote-status.enum';
export { DealStatus, DealSide } from './deals/deal-status.enum';
