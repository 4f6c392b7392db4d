import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { plainCount, plainRows } from '@jalin/database';
import { Connection, decodeCursor, pageSize, toConnection } from '@jalin/graphql-core';
import { RfqEntity } from './entities/rfq.entity';
import { RfqType } from './graphql/rfq.type';
import { RfqStatus } from './rfq-status.enum';

/** Read side of RFQs: keyset pages over (created_at, id), newest first. */
@Injectable()
export class RfqQueries {
  constructor(private readonly dataSource: DataSource) {}

  async byBuyer(buyerOrganizationId: string, status: RfqStatus | null, first?: number | null, after?: string | null): Promise<Connection<RfqType>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['timestamp', 'uuid']);
    const manager = this.dataSource.manager;
    const filter = { where: 't.buyer_organization_id = $1 AND ($2::rfq_status IS NULL OR t.status = $2)', params: [buyerOrganizationId, status] };
    const keyset = cursor ? ' AND (t.created_at, t.id) < ($3::timestamptz, $4::uuid)' : '';
    const [rows, totalCount] = await Promise.all([
      plainRows(manager, RfqEntity, { where: filter.where + keyset, params: [...filter.params, ...(cursor ?? [])], orderBy: 't.created_at DESC, t.id DESC', limit: size + 1 }),
      plainCount(manager, RfqEntity, filter),
    ]);
    return toConnection(rows.map(RfqType.from), size, totalCount, (r) => [r.createdAt.toISOString(), r.id]);
  }
}
