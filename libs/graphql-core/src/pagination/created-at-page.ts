import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { CreatedAtCursor, createdAtKeySql, decodeCreatedAtCursor } from './created-at-cursor';
import { pageSize } from './page-args';

export interface CreatedAtPage<T> {
  rows: { entity: T; cursor: CreatedAtCursor }[];
  hasNextPage: boolean;
  totalCount: number;
}

/**
 * One page of `rows` (a filtered query over a table with created_at and id, under `alias`) in
 * creation order, after a cursor: two statements, the page and the count. Creation time never
 * changes, so paging neither repeats nor skips a row.
 */
export async function createdAtPage<T extends ObjectLiteral & { id: string }>(
  rows: SelectQueryBuilder<T>, alias: string, first: number | null | undefined, after: string | null | undefined,
): Promise<CreatedAtPage<T>> {
  const size = pageSize(first);
  const cursor = decodeCreatedAtCursor(after);
  const pageQuery = rows.clone().addSelect(createdAtKeySql(alias), 'created_key').orderBy(`${alias}.created_at`, 'ASC').addOrderBy(`${alias}.id`, 'ASC').limit(size + 1);
  if (cursor) {
    pageQuery.andWhere(`(${alias}.created_at, ${alias}.id) > (CAST(:createdAt AS timestamptz), CAST(:cursorId AS uuid))`, { createdAt: cursor.createdAt, cursorId: cursor.id });
  }
  const [{ entities, raw }, count] = await Promise.all([
    pageQuery.getRawAndEntities<Record<string, string>>(),
    rows.clone().select('count(*)::int', 'n').getRawOne<{ n: number }>(),
  ]);
  const keys = new Map(raw.map((r) => [r[`${alias}_id`], r.created_key]));
  const page = entities.slice(0, size).map((entity) => ({ entity, cursor: { createdAt: keys.get(entity.id)!, id: entity.id } }));
  return { rows: page, hasNextPage: entities.length > size, totalCount: count?.n ?? 0 };
}
