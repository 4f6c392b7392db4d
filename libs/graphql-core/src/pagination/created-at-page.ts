import { Connection } from './connection.type';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CreatedAtCursor, createdAtKeySql, decodeCreatedAtCursor, encodeCreatedAtCursor } from './created-at-cursor';
import { pageSize } from './page-args';

export interface CreatedAtPage<T> {
  rows: { entity: T; cursor: CreatedAtCursor }[];
  hasNextPage: boolean;
  totalCount: number;
}

/**
 * One page of `rows` (a filtered query over a table with created_at and id, under `alias`) in
 * creation order (oldest first, or newest first with 'DESC'), after a cursor: two statements, the
 * page and the count. Creation time never changes, so paging neither repeats nor skips a row.
 */
export async function createdAtPage<T extends ObjectLiteral & { id: string }>(
  rows: SelectQueryBuilder<T>, alias: string, first: number | null | undefined, after: string | null | undefined, order: 'ASC' | 'DESC' = 'ASC',
): Promise<CreatedAtPage<T>> {
  const size = pageSize(first);
  const cursor = decodeCreatedAtCursor(after);
  const pageQuery = rows.clone().addSelect(createdAtKeySql(alias), 'created_key').orderBy(`${alias}.created_at`, order).addOrderBy(`${alias}.id`, order).limit(size + 1);
  if (cursor) {
    pageQuery.andWhere(`(${alias}.created_at, ${alias}.id) ${order === 'ASC' ? '>' : '<'} (CAST(:createdAt AS timestamptz), CAST(:cursorId AS uuid))`, { createdAt: cursor.createdAt, cursorId: cursor.id });
  }
  const [{ entities, raw }, count] = await Promise.all([
    pageQuery.getRawAndEntities<Record<string, string>>(),
    rows.clone().select('count(*)::int', 'n').getRawOne<{ n: number }>(),
  ]);
  const keys = new Map(raw.map((r) => [r[`${alias}_id`], r.created_key]));
  const page = entities.slice(0, size).map((entity) => ({ entity, cursor: { createdAt: keys.get(entity.id)!, id: entity.id } }));
  return { rows: page, hasNextPage: entities.length > size, totalCount: count?.n ?? 0 };
}

/** A creation-order page as a connection, each row turned into its GraphQL node. */
export function createdAtConnection<T, N>(page: CreatedAtPage<T>, toNode: (entity: T) => N): Connection<N> {
  const edges = page.rows.map((row) => ({ cursor: encodeCreatedAtCursor(row.cursor), node: toNode(row.entity) }));
  return {
    nodes: edges.map((edge) => edge.node),
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: page.totalCount,
  };
}
