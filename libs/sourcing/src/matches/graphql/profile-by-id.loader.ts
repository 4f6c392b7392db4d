import DataLoader from 'dataloader';
import { EntityManager } from 'typeorm';
import { plainRowsByIds } from '@jalin/database';
import { RequestContext } from '@jalin/authz';
import { requestLoader } from '@jalin/graphql-core';
import { CapabilityProfileEntity } from '@jalin/profiles';

/** The matched profiles of a list of matches, in one statement per request tick. */
export const profileByIdLoader = (ctx: RequestContext, manager: EntityManager) =>
  requestLoader(ctx, 'matchedProfileById', () =>
    new DataLoader<string, CapabilityProfileEntity | null>(async (ids) => {
      const rows = await plainRowsByIds(manager, CapabilityProfileEntity, ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );
