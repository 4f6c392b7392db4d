import { Injectable } from '@nestjs/common';
import { SelectQueryBuilder } from 'typeorm';
import { TransactionRunner } from '@jalin/database';
import { DealEntity } from '@jalin/sourcing';
import { DashboardQueryFilter } from './figures/dashboard-figures';

/**
 * The deals of a dashboard filter, read from the deal table itself (rows, not figures): the
 * recent deals panel and the deals export. Days are WIB: a period's bounds become instants at
 * WIB midnight, so the created_at indexes serve the range.
 */
@Injectable()
export class DashboardDealsQueries {
  constructor(private readonly tx: TransactionRunner) {}

  /** Newest award first, any status. */
  recent(filter: DashboardQueryFilter, first: number): Promise<DealEntity[]> {
    return this.select(filter).orderBy('d.createdAt', 'DESC').addOrderBy('d.id', 'DESC').limit(first).getMany();
  }

  /** Oldest first in pages, for exports that may hold many rows. */
  async *inPages(filter: DashboardQueryFilter, pageSize = 2000): AsyncGenerator<DealEntity[]> {
    let after: { createdAt: Date; id: string } | null = null;
    for (;;) {
      const query = this.select(filter).orderBy('d.createdAt', 'ASC').addOrderBy('d.id', 'ASC').limit(pageSize);
      if (after) query.andWhere('(d.createdAt, d.id) > (:afterAt, :afterId)', { afterAt: after.createdAt, afterId: after.id });
      const page: DealEntity[] = await query.getMany();
      if (page.length > 0) yield page;
      if (page.length < pageSize) return;
      after = { createdAt: page[page.length - 1].createdAt, id: page[page.length - 1].id };
    }
  }

  private select(filter: DashboardQueryFilter): SelectQueryBuilder<DealEntity> {
    const query = this.tx.manager.getRepository(DealEntity).createQueryBuilder('d');
    if (filter.from) query.andWhere(`d.createdAt >= (:from::date)::timestamp AT TIME ZONE 'Asia/Jakarta'`, { from: filter.from });
    if (filter.to) query.andWhere(`d.createdAt < (:to::date + 1)::timestamp AT TIME ZONE 'Asia/Jakarta'`, { to: filter.to });
    if (filter.sector) query.andWhere('EXISTS (SELECT 1 FROM rfq r WHERE r.id = d.rfq_id AND r.sector = :sector)', { sector: filter.sector });
    if (filter.kecamatanCode) query.andWhere('d.ikmKecamatanCode = :kecamatan', { kecamatan: filter.kecamatanCode });
    return query;
  }
}
