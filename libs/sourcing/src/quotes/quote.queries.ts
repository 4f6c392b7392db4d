import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { arrayRows, plainRows, plainRowsByIds } from '@jalin/database';
import { CreatedAtPage, createdAtPage } from '@jalin/graphql-core';
import { QuoteEntity } from './entities/quote.entity';
import { QuoteStatus } from './quote-status.enum';

/** Read side of quotes; every method takes many keys, so loaders batch a page into one statement. */
@Injectable()
export class QuoteQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** Current revisions (withdrawn ones included) of several RFQs, cheapest first. */
  async currentOfRfqs(rfqIds: readonly string[]): Promise<Map<string, QuoteEntity[]>> {
    const rows = await plainRows(this.dataSource.manager, QuoteEntity, {
      where: 't.rfq_id = ANY($1::uuid[]) AND t.current', params: [rfqIds], orderBy: 't.unit_price, t.created_at, t.id',
    });
    const byRfq = new Map<string, QuoteEntity[]>(rfqIds.map((id) => [id, []]));
    for (const row of rows) byRfq.get(row.rfqId)!.push(row);
    return byRfq;
  }

  async byIds(ids: readonly string[]): Promise<Map<string, QuoteEntity>> {
    const rows = await plainRowsByIds(this.dataSource.manager, QuoteEntity, ids);
    return new Map(rows.map((r) => [r.id, r]));
  }

  /** Current SUBMITTED quotes per RFQ (what the Dinas sees of a sealed RFQ). */
  async countsOfRfqs(rfqIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await arrayRows(
      this.dataSource.manager,
      `SELECT rfq_id, count(*)::int FROM quote WHERE rfq_id = ANY($1::uuid[]) AND current AND status <> $2 GROUP BY rfq_id`,
      [rfqIds, QuoteStatus.WITHDRAWN],
    );
    const counts = new Map<string, number>(rfqIds.map((id) => [id, 0]));
    for (const [rfqId, n] of rows) counts.set(rfqId as string, n as number);
    return counts;
  }

  /** An IKM's quotes (the current revision of each, withdrawn ones included), newest first. */
  currentOfIkm(ikmOrganizationId: string, first?: number | null, after?: string | null): Promise<CreatedAtPage<QuoteEntity>> {
    const quotes = this.dataSource.manager.createQueryBuilder(QuoteEntity, 'q').where('q.ikmOrganizationId = :ikm AND q.current', { ikm: ikmOrganizationId });
    return createdAtPage(quotes, 'q', first, after, 'DESC');
  }

}
