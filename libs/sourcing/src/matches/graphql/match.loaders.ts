import DataLoader from 'dataloader';
import { EntityManager } from 'typeorm';
import { plainRowsByIds } from '@jalin/database';
import { RfqEntity } from '../../rfqs';
import { RequestContext } from '@jalin/authz';
import { requestLoader } from '@jalin/graphql-core';
import { StoredComponent } from '../entities/match.entity';
import { MatchQueries } from '../match.queries';
import { MatchType } from './match.type';

/** Matches of RFQs, batched per request: a page of RFQs with their matches is one statement. */
export const matchesOfRfqLoader = (ctx: RequestContext, queries: MatchQueries) =>
  requestLoader(ctx, 'matchesOfRfq', () =>
    new DataLoader<string, MatchType[]>(async (ids) => {
      const byRfq = await queries.ofRfqs(ids);
      return ids.map((id) => byRfq.get(id) ?? []);
    }),
  );

export const matchByIdLoader = (ctx: RequestContext, queries: MatchQueries) =>
  requestLoader(ctx, 'matchById', () =>
    new DataLoader<string, MatchType | null>(async (ids) => {
      const byId = await queries.byIds(ids);
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );

/** Stored breakdowns of matches, batched per request: only those whose sentences a replica does not keep yet are asked for. */
export const storedBreakdownLoader = (ctx: RequestContext, queries: MatchQueries) =>
  requestLoader(ctx, 'storedBreakdown', () =>
    new DataLoader<string, StoredComponent[]>(async (ids) => {
      const byId = await queries.storedBreakdowns(ids);
      return ids.map((id) => byId.get(id) ?? []);
    }),
  );

/** RFQs by id: a page of matches resolves its RFQs in one statement. */
export const rfqByIdLoader = (ctx: RequestContext, manager: EntityManager) =>
  requestLoader(ctx, 'rfqById', () =>
    new DataLoader<string, RfqEntity | null>(async (ids) => {
      const rows = await plainRowsByIds(manager, RfqEntity, ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );
