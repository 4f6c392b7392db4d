/** Runs one SQL statement and returns its rows (a pg client's or a TypeORM query runner's query). */
export type SqlQuery = (sql: string) => Promise<{ kind: string; name: string; definition: string }[]>;

/** A function or trigger as PostgreSQL renders it; `name` is the function name or `trigger ON table`. */
export interface DatabaseCodeObject {
  kind: 'function' | 'trigger';
  name: string;
  definition: string;
}

/**
 * The application's functions and triggers in the public schema, each rendered by PostgreSQL
 * itself (pg_get_functiondef, pg_get_triggerdef), so two snapshots are equal exactly when the code
 * is. Extension-owned functions and the internal triggers of constraints are not ours.
 */
export async function snapshotDatabaseCode(query: SqlQuery): Promise<Map<string, DatabaseCodeObject>> {
  const rows = await query(`
    SELECT 'function' AS kind, p.proname AS name, pg_get_functiondef(p.oid) AS definition
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = 'public' AND p.prokind = 'f'
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
    UNION ALL
    SELECT 'trigger', t.tgname || ' ON ' || c.relname, pg_get_triggerdef(t.oid)
      FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND NOT t.tgisinternal
     ORDER BY 1, 2`);
  return new Map(rows.map((row) => [`${row.kind} ${row.name}`, row as DatabaseCodeObject]));
}
