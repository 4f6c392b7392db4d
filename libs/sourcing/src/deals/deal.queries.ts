import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AuthUser, Role } from '@jalin/authz';
import { plainCount, plainRows } from '@jalin/database';
import { Connection, decodeCursor, pageSize, toConnection } from '@jalin/graphql-core';
import { DealEntity } from './entities/deal.entity';
import { DealEventEntity } from './entities/deal-event.entity';
import { DealRatingEntity } from './entities/deal-rating.entity';
import { DealFilter } from './deal-filter';

/** Read side of deals: keyset pages over (created_at, id), newest first; batch reads for loaders. */
@Injectable()
export class DealQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Own deals for a buyer or an IKM; all for the Dinas and the admin. */
  async list(user: AuthUser, filter: DealFilter, first?: number | null, after?: string | null): Promise<Connection<DealEntity>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    const conditions = ['true'];
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    if (user.role === Role.BUYER) conditions.push(`t.buyer_organization_id = ${param(user.organizationId)}`);
    else if (user.role === Role.IKM) conditions.push(`t.ikm_organization_id = ${param(user.organizationId)}`);
    if (filter.status) conditions.push(`t.status = ${param(filter.status)}`);
    if (filter.sector) conditions.push(`EXISTS (SELECT 1 FROM rfq r WHERE r.id = t.rfq_id AND r.sector = ${param(filter.sector)})`);
    if (filter.from) conditions.push(`t.created_at >= (${param(filter.from)}::date::timestamp AT TIME ZONE 'Asia/Jakarta')`);
    if (filter.to) conditions.push(`t.created_at < ((${param(filter.to)}::date + 1)::timestamp AT TIME ZONE 'Asia/Jakarta')`);
    const where = conditions.join(' AND ');
    const manager = this.dataSource.manager;
    const keyset = cursor ? ` AND (t.created_at, t.id) < ($${params.length + 1}::timestamptz, $${params.length + 2}::uuid)` : '';
    const [rows, totalCount] = await Promise.all([
      plainRows(manager, DealEntity, { where: where + keyset, params: [...params, ...(cursor ?? [])], orderBy: 't.created_at DESC, t.id DESC', limit: size + 1 }),
      plainCount(manager, DealEntity, { where, params }),
    ]);
    return toConnection(rows, size, totalCount, (d) => [d.createdAt.toISOString(), d.id]);
  }

  async byIds(ids: readonly string[]): Promise<Map<string, DealEntity>> {
    const rows = await this.dataSource.manager.findBy(DealEntity, { id: In([...ids]) });
    return new Map(rows.map((r) => [r.id, r]));
  }

  async eventsOfDeals(ids: readonly string[]): Promise<Map<string, DealEventEntity[]>> {
    const rows = await this.dataSource.manager.find(DealEventEntity, { where: { dealId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } });
    const byDeal = new Map<string, DealEventEntity[]>(ids.map((id) => [id, []]));
    for (const row of rows) byDeal.get(row.dealId)!.push(row);
    return byDeal;
  }

  async ratingsOfDeals(ids: readonly string[]): Promise<Map<string, DealRatingEntity[]>> {
    const rows = await this.dataSource.manager.find(DealRatingEntity, { where: { dealId: In([...ids]) }, order: { createdAt: 'ASC' } });
    const byDeal = new Map<string, DealRatingEntity[]>(ids.map((id) => [id, []]));
    for (const row of rows) byDeal.get(row.dealId)!.push(row);
    return byDeal;
  }
}
