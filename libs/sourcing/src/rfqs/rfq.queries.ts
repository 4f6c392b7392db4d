import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
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
    const base = this.dataSource.manager
      .createQueryBuilder(RfqEntity, 'r')
      .where('r.buyer_organization_id = :buyer', { buyer: buyerOrganizationId });
    if (status) base.andWhere('r.status = :status', { status });
    const page = base.clone();
    if (cursor) page.andWhere('(r.created_at, r.id) < (:at::timestamptz, :id::uuid)', { at: cursor[0], id: cursor[1] });
    const [rows, totalCount] = await Promise.all([
      page.orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'DESC').take(size + 1).getMany(),
      base.getCount(),
    ]);
    return toConnection(rows.map(RfqType.from), size, totalCount, (r) => [r.createdAt.toISOString(), r.id]);
  }
}
