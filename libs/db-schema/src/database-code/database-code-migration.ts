import { migrationSource, sqlLiteral as literal } from '../migration-source';
import { DatabaseCodeComparison } from './compare-database-code';

/**
 * The text of a migration that applies the changed files as they are today, frozen inline (a
 * migration never reads the live files: they change later, and old migrations must still replay),
 * and whose down() restores what the database held before.
 */
export function databaseCodeMigration(
  className: string,
  comparison: DatabaseCodeComparison,
  files: { file: string; sql: string }[],
): string {
  const changed = new Set(comparison.changedFiles.map((c) => c.file));
  const up = files.filter((f) => changed.has(f.file)).map((f) => `    // ${f.file}\n    await queryRunner.query(${literal(f.sql)});`);
  const down: string[] = [];
  for (const { objects } of [...comparison.changedFiles].reverse()) {
    for (const key of objects) {
      const previous = comparison.before.get(key);
      const [kind, name, , table] = key.split(' ');
      if (kind === 'trigger') {
        down.push(`    await queryRunner.query(${literal(`DROP TRIGGER IF EXISTS ${name} ON public.${table}`)});`);
        if (previous) down.push(`    await queryRunner.query(${literal(previous.definition)});`);
      } else if (previous) {
        down.push(`    await queryRunner.query(${literal(previous.definition)});`);
      } else {
        down.push(`    await queryRunner.query(${literal(`DROP FUNCTION IF EXISTS public.${name}`)});`);
      }
    }
  }
  return migrationSource(className, up, down, 'Written by `npm run db:functions`: the database\'s functions and triggers as the SQL files hold them.');
}
