import DataLoader from 'dataloader';
import { EntityManager } from 'typeorm';
import { plainRowsByIds } from '@jalin/database';
import { RequestContext } from '@jalin/authz';
import { requestLoader } from '@jalin/graphql-core';
import { OrganizationEntity } from '../entities/organization.entity';

/** Organizations by id for this request, one query per tick whatever the list size. */
export function organizationLoader(context: RequestContext, manager: EntityManager): DataLoader<string, OrganizationEntity | null> {
  return requestLoader(context, 'organization', () =>
    new DataLoader<string, OrganizationEntity | null>(async (ids) => {
      const rows = await plainRowsByIds(manager, OrganizationEntity, ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );
}
