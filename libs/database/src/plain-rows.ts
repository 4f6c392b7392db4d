import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { arrayRows } from './array-rows';

/** A row of column values, in the shape's column order, made into the entity's plain object. */
type RowMaker = (values: unknown[]) => ObjectLiteral;

interface PlainShape {
  from: string;
  select: string;
  make: RowMaker;
}

/**
 * Column types whose value from pg is already what TypeORM's hydration gives (pg parses booleans,
 * integers, json, text arrays and timestamps itself; TypeORM passes them through): no call into
 * TypeORM for them. Any other type, and any column with a transformer, is hydrated by TypeORM.
 */
const AS_PG_GIVES = new Set<unknown>([
  'uuid', 'varchar', 'character varying', 'text', 'boolean', 'bool', 'int', 'integer', 'int4', 'smallint', 'int2',
  'numeric', 'decimal', 'real', 'double precision', 'jsonb', 'json', 'timestamptz', 'timestamp with time zone', String, Boolean, Date,
]);

const hydratedAsIs = (column: ColumnMetadata) => !column.transformer && AS_PG_GIVES.has(column.type);

/**
 * One function per entity that builds its object literal in one go: every row of an entity gets
 * the same hidden class, so the resolvers that read it stay monomorphic.
 */
function compileRowMaker(columns: readonly ColumnMetadata[], hydrate: (value: unknown, column: ColumnMetadata) => unknown): RowMaker {
  const fields = columns.map((column, i) => `${JSON.stringify(column.propertyName)}: ${hydratedAsIs(column) ? `v[${i}]` : `h(v[${i}], c[${i}])`}`);
  // Property names come from the entity metadata, quoted; no value is ever part of the source.
  const make = new Function('v', 'h', 'c', `return { ${fields.join(', ')} };`) as (v: unknown[], h: typeof hydrate, c: readonly ColumnMetadata[]) => ObjectLiteral;
  return (values) => make(values, hydrate, columns);
}

const shapes = new WeakMap<object, PlainShape>();

function shapeOf(manager: EntityManager, entity: EntityTarget<ObjectLiteral>): PlainShape {
  const key = entity as object;
  const known = shapes.get(key);
  if (known) return known;
  const metadata = manager.connection.getMetadata(entity);
  // As TypeORM hydrates: a join column declared as a property is read, a relation's own virtual column is not.
  const columns = metadata.columns.filter((c) => c.isSelect && !c.isVirtual && !c.embeddedMetadata);
  const driver = manager.connection.driver;
  const shape = {
    from: `${metadata.tablePath.split('.').map((part) => `"${part}"`).join('.')} t`,
    select: columns.map((c) => `t."${c.databaseName}"`).join(', '),
    make: compileRowMaker(columns, (value, column) => driver.prepareHydratedValue(value, column)),
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
 * builder or entity instances, which cost the hot reads a third of their CPU, and without TypeORM's
 * query runner (arrayRows).
 */
export async function plainRows<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, query: PlainQuery): Promise<T[]> {
  const { from, select, make } = shapeOf(manager, entity);
  const order = query.orderBy ? ` ORDER BY ${query.orderBy}` : '';
  const limit = query.limit === undefined ? '' : ` LIMIT ${Math.trunc(query.limit)}`;
  const rows = await arrayRows(manager, `SELECT ${select} FROM ${from} WHERE ${query.where}${order}${limit}`, query.params);
  return rows.map(make) as T[];
}

/** Rows by primary key (a uuid `id`), in no particular order; one statement for any number of ids. */
export const plainRowsByIds = <T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, ids: readonly string[]): Promise<T[]> =>
  plainRows(manager, entity, { where: 't.id = ANY($1::uuid[])', params: [ids] });

/** How many rows a PlainQuery's `where` selects (its order and limit ignored). */
export async function plainCount(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, query: Pick<PlainQuery, 'where' | 'params'>): Promise<number> {
  const [[count]] = await arrayRows(manager, `SELECT count(*)::int FROM ${shapeOf(manager, entity).from} WHERE ${query.where}`, query.params);
  return count as number;
}
