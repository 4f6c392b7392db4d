export { QuoteEntity, bigintAsBigInt } from './entities/quote.entity';
export { QuoteStatus } from './quote-status.enum';
export { QuotesErrorCode, QuotesException } from './quotes.exception';
export { NewQuote } from './new-quote';
export { validateNewQuote, MAX_LEAD_TIME_DAYS } from './validate-new-quote';
export { QuoteService } from './quote.service';
export { QuoteQueries } from './quote.queries';
export { QuoteType } from './graphql/quote.type';
export { quoteByIdLoader, rfqEntityLoader } from './graphql/quote.loaders';
