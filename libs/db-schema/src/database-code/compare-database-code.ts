import { DatabaseCodeObject, SqlQuery, snapshotDatabaseCode } from './database-code-snapshot';

/** A transaction the comparison runs in and always rolls back. */
export interface RolledBackTransaction {
  query: SqlQuery;
  run(sql: string): Promise<void>;
}

export interface DatabaseCodeComparison {
  /** Files whose functions or triggers the database does not hold as written, with those objects' keys. */
  changedFiles: { file: string; objects: string[] }[];
  /** Functions and triggers in the database that no file defines. */
  unowned: string[];
  /** What the database holds now, for a migration's down(). */
  before: Map<string, DatabaseCodeObject>;
}

/**
 * Applies the files on top of the database and lets PostgreSQL render both states: an object whose
 * rendering changes, or that appears, means the file differs from what the migrations installed.
 * The caller rolls the transaction back, so the database is left as it was.
 */
export async function compareDatabaseCode(tx: RolledBackTransaction, files: { file: string; sql: string }[]): Promise<DatabaseCodeComparison> {
  const before = await snapshotDatabaseCode(tx.query);
  let previous = before;
  const changedFiles: DatabaseCodeComparison['changedFiles'] = [];
  const owned = new Set<string>();
  for (const { file, sql } of files) {
    await tx.run(sql);
    const after = await snapshotDatabaseCode(tx.query);
    const touched = [...after.keys()].filter((key) => after.get(key)!.definition !== previous.get(key)?.definition || !before.has(key));
    const defined = definedObjects(sql);
    for (const key of defined) owned.add(key);
    const objects = [...new Set([...touched, ...defined.filter((key) => before.get(key)?.definition !== after.get(key)?.definition)])].sort();
    if (objects.length > 0) changedFiles.push({ file, objects });
    previous = after;
  }
  const unowned = [...before.keys()].filter((key) => !owned.has(key)).sort();
  return { changedFiles, unowned, before };
}

/** Keys (as in the snapshot) of the functions and triggers a file creates. */
function definedObjects(sql: string): string[] {
  const functions = [...sql.matchAll(/CREATE\s+OR\s+REPLACE\s+FUNCTION\s+(?:public\.)?"?(\w+)"?\s*\(/gi)].map((m) => `function ${m[1]}`);
  const triggers = [...sql.matchAll(/CREATE\s+TRIGGER\s+"?(\w+)"?\s[\s\S]*?\sON\s+(?:public\.)?"?(\w+)"?/gi)].map((m) => `trigger ${m[1]} ON ${m[2]}`);
  return [...functions, ...triggers];
}
