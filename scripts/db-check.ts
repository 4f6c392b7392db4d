import 'reflect-metadata';
import { InvalidConfigError, loadConfig } from '@jalin/config';
import { createJalinDataSource, pendingSchemaChanges } from '@jalin/db-schema';
import { redactUrl } from './demo/lines';

/**
 * `npm run db:check`: whether the database of DATABASE_URL fits this code, changing nothing.
 * Exit 0 when every migration is applied and the schema agrees with the entities (what
 * `typeorm migration:generate --check` asks); exit 1 naming the pending migrations or the SQL
 * the entities would still need (a migration to write: `npm run migration:generate -- Name`).
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const dataSource = await createJalinDataSource(config, 'jalin-db-check').initialize().catch((error: Error) => {
    throw new InvalidConfigError([`cannot use the database of DATABASE_URL (${redactUrl(config.DATABASE_URL)}): ${error.message}`]);
  });
  try {
    const table = dataSource.options.migrationsTableName ?? 'migrations';
    // A database never migrated has no such table: then every migration is pending.
    const rows: { name: string }[] = await dataSource.query(`SELECT name FROM "${table}"`).catch(() => []);
    const applied = new Set(rows.map((row) => row.name));
    const pending = dataSource.migrations.map((m) => m.name ?? m.constructor.name).filter((name) => !applied.has(name));
    if (pending.length > 0) {
      console.error(`pending migrations (run \`npm run db:migrate\`):\n${pending.map((name) => `  - ${name}`).join('\n')}`);
      return 1;
    }
    const changes = await pendingSchemaChanges(dataSource);
    if (changes.length > 0) {
      console.error(`the entities and the migrated schema differ; a migration is missing (\`npm run migration:generate -- Name\`):\n${changes.map((sql) => `  ${sql};`).join('\n')}`);
      return 1;
    }
    console.log(`database up to date: ${dataSource.migrations.length} migrations applied, schema agrees with the entities`);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

main().then((code) => process.exit(code), (error) => {
  console.error(error instanceof InvalidConfigError ? error.message : error);
  process.exit(2);
});
