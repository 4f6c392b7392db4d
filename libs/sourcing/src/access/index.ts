export { SourcingAccess } from './sourcing-access.service';
export { SourcingPermission, may, dealSide } from './sourcing-permission';
export { quoteScope, seesQuoteCount } from './quote-visibility';
