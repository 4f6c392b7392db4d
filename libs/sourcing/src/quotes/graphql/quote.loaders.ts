import DataLoader from 'dataloader';
import { EntityManager } from 'typeorm';
import { plainRowsByIds } from '@jalin/database';
import { RequestContext } from '@jalin/authz';
import { requestLoader } from '@jalin/graphql-core';
import { RfqEntity } from '../../rfqs';
import { QuoteEntity } from '../entities/quote.entity';
import { QuoteQueries } from '../quote.queries';

/** Current quotes of RFQs, one statement per page of RFQs. */
export const currentQuotesOfRfqLoader = (ctx: RequestContext, queries: QuoteQueries) =>
  requestLoader(ctx, 'quotes.currentOfRfq', () =>
    new DataLoader<string, QuoteEntity[]>(async (ids) => {
      const byRfq = await queries.currentOfRfqs(ids);
      return ids.map((id) => byRfq.get(id) ?? []);
    }),
  );

export const quoteCountOfRfqLoader = (ctx: RequestContext, queries: QuoteQueries) =>
  requestLoader(ctx, 'quotes.countOfRfq', () =>
    new DataLoader<string, number>(async (ids) => {
      const counts = await queries.countsOfRfqs(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  );

export const quoteByIdLoader = (ctx: RequestContext, queries: QuoteQueries) =>
  requestLoader(ctx, 'quotes.byId', () =>
    new DataLoader<string, QuoteEntity | null>(async (ids) => {
      const byId = await queries.byIds(ids);
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );

/** RFQs by id, for Quote.rfq and Deal.rfq. */
export const rfqEntityLoader = (ctx: RequestContext, manager: EntityManager) =>
  requestLoader(ctx, 'quotes.rfqById', () =>
    new DataLoader<string, RfqEntity | null>(async (ids) => {
      const rows = await plainRowsByIds(manager, RfqEntity, ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );
