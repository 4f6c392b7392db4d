export { MarketRfqDayEntity } from './entities/market-rfq-day.entity';
export { MarketIkmDayEntity } from './entities/market-ikm-day.entity';
export { MarketBuyerDayEntity } from './entities/market-buyer-day.entity';
export { MarketFirstQuoteEntity } from './entities/market-first-quote.entity';
export { MarketIkmActivityEntity } from './entities/market-ikm-activity.entity';
export { MarketIkmTotalEntity } from './entities/market-ikm-total.entity';
export { MarketRfqProgressEntity } from './entities/market-rfq-progress.entity';
