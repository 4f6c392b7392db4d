import DataLoader from 'dataloader';
import { EntityManager, In } from 'typeorm';
import { RequestContext } from '@jalin/authz';
import { plainRows } from '@jalin/database';
import { requestLoader } from '@jalin/graphql-core';
import { UserEntity } from '@jalin/identity';
import { DealQueries } from '../deal.queries';
import { DealEntity } from '../entities/deal.entity';
import { DealEventEntity } from '../entities/deal-event.entity';
import { DealRatingEntity } from '../entities/deal-rating.entity';

/** History of a page of deals in one statement. */
export const dealEventsLoader = (ctx: RequestContext, queries: DealQueries) =>
  requestLoader(ctx, 'deals.events', () =>
    new DataLoader<string, DealEventEntity[]>(async (ids) => {
      const byDeal = await queries.eventsOfDeals(ids);
      return ids.map((id) => byDeal.get(id) ?? []);
    }),
  );

export const dealRatingsLoader = (ctx: RequestContext, queries: DealQueries) =>
  requestLoader(ctx, 'deals.ratings', () =>
    new DataLoader<string, DealRatingEntity[]>(async (ids) => {
      const byDeal = await queries.ratingsOfDeals(ids);
      return ids.map((id) => byDeal.get(id) ?? []);
    }),
  );

/** Deals of a page of RFQs in one statement. */
export const dealsOfRfqLoader = (ctx: RequestContext, manager: EntityManager) =>
  requestLoader(ctx, 'deals.ofRfq', () =>
    new DataLoader<string, DealEntity[]>(async (ids) => {
      const rows = await plainRows(manager, DealEntity, { where: 't.rfq_id = ANY($1::uuid[])', params: [ids], orderBy: 't.created_at, t.id' });
      const byRfq = new Map<string, DealEntity[]>(ids.map((id) => [id, []]));
      for (const row of rows) byRfq.get(row.rfqId)!.push(row);
      return ids.map((id) => byRfq.get(id)!);
    }),
  );

/** Users named in deal histories, one statement per request tick. */
export const dealUserLoader = (ctx: RequestContext, manager: EntityManager) =>
  requestLoader(ctx, 'deals.userById', () =>
    new DataLoader<string, UserEntity | null>(async (ids) => {
      const rows = await manager.findBy(UserEntity, { id: In([...ids]) });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );
