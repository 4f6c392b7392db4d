import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

interface PlainShape {
  from: string;
  select: string;
  columns: readonly ColumnMetadata[];
}

const shapes = new WeakMap<object, PlainShape>();

function shapeOf(manager: EntityManager, entity: EntityTarget<ObjectLiteral>): PlainShape {
  const key = entity as object;
  const known = shapes.get(key);
  if (known) return known;
  const metadata = manager.connection.getMetadata(entity);
  // As TypeORM hydrates: a join column declared as a property is read, a relation's own virtual column is not.
  const columns = metadata.columns.filter((c) => c.isSelect && !c.isVirtual && !c.embeddedMetadata);
  const shape = {
    from: `${metadata.tablePath.split('.').map((part) => `"${part}"`).join('.')} t`,
    select: columns.map((c) => `t."${c.databaseName}" AS "${c.propertyName}"`).join(', '),
    columns,
  };
  shapes.set(key, shape);
  return shape;
}

/** Which rows: SQL over the table aliased `t`, with $n parameters. */
export interface PlainQuery {
  where: string;
  params: readonly unknown[];
  orderBy?: string;
  limit?: number;
}

/**
 * Rows of an entity's table as plain objects: the entity's properties with the values TypeORM
 * would hydrate (its driver's own conversion, then the column's transformers), without the query
 * builder or entity instances, which cost the hot reads a third of their CPU.
 */
export async function plainRows<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, query: PlainQuery): Promise<T[]> {
  const { from, select, columns } = shapeOf(manager, entity);
  const order = query.orderBy ? ` ORDER BY ${query.orderBy}` : '';
  const limit = query.limit === undefined ? '' : ` LIMIT ${Math.trunc(query.limit)}`;
  const rows: Record<string, unknown>[] = await manager.query(`SELECT ${select} FROM ${from} WHERE ${query.where}${order}${limit}`, [...query.params]);
  const driver = manager.connection.driver;
  for (const row of rows) {
    for (const column of columns) row[column.propertyName] = driver.prepareHydratedValue(row[column.propertyName], column);
  }
  return rows as T[];
}

/** Rows by primary key (a uuid `id`), in no particular order; one statement for any number of ids. */
export const plainRowsByIds = <T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, ids: readonly string[]): Promise<T[]> =>
  plainRows(manager, entity, { where: 't.id = ANY($1::uuid[])', params: [ids] });

/** How many rows a PlainQuery's `where` selects (its order and limit ignored). */
export async function plainCount(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, query: Pick<PlainQuery, 'where' | 'params'>): Promise<number> {
  const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM ${shapeOf(manager, entity).from} WHERE ${query.where}`, [...query.params]);
  return count as number;
}
