import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { AuthUser, Role } from '@jalin/authz';
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
    const base = this.dataSource.manager.createQueryBuilder(DealEntity, 'd');
    if (user.role === Role.BUYER) base.andWhere('d.buyer_organization_id = :org', { org: user.organizationId });
    else if (user.role === Role.IKM) base.andWhere('d.ikm_organization_id = :org', { org: user.organizationId });
    if (filter.status) base.andWhere('d.status = :status', { status: filter.status });
    if (filter.sector) base.andWhere('EXISTS (SELECT 1 FROM rfq r WHERE r.id = d.rfq_id AND r.sector = :sector)', { sector: filter.sector });
    if (filter.from) base.andWhere(`d.created_at >= (:from::date::timestamp AT TIME ZONE 'Asia/Jakarta')`, { from: filter.from });
    if (filter.to) base.andWhere(`d.created_at < ((:to::date + 1)::timestamp AT TIME ZONE 'Asia/Jakarta')`, { to: filter.to });
    const page = base.clone();
    if (cursor) page.andWhere('(d.created_at, d.id) < (:at::timestamptz, :id::uuid)', { at: cursor[0], id: cursor[1] });
    const [rows, totalCount] = await Promise.all([
      page.orderBy('d.created_at', 'DESC').addOrderBy('d.id', 'DESC').take(size + 1).getMany(),
      base.getCount(),
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
