import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '@jalin/config';
import { ensureDatabase } from '@jalin/database';
import { createJalinDataSource, migrationSource, pendingSchemaChanges, runMigrations, sqlLiteral as q } from '@jalin/db-schema';

/**
 * `npm run migration:generate -- <Name>`: writes a migration with the SQL that brings the schema of
 * the migrations up to the entities (what `typeorm migration:generate` does), for review by hand.
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: npm run migration:generate -- PascalCaseName');
  const config = loadConfig();
  await ensureDatabase(config.DATABASE_URL);
  const dataSource = await createJalinDataSource(config, 'jalin-migration-generate').initialize();
  try {
    await runMigrations(dataSource);
    const builder = await dataSource.driver.createSchemaBuilder().log();
    if (builder.upQueries.length === 0 || (await pendingSchemaChanges(dataSource)).length === 0) {
      console.log('entities and migrations agree: nothing to generate');
      return;
    }
    const timestamp = Date.now();
    const up = builder.upQueries.map((x) => `    await queryRunner.query(${q(x.query)}${x.parameters?.length ? `, ${JSON.stringify(x.parameters)}` : ''});`);
    const down = builder.downQueries.reverse().map((x) => `    await queryRunner.query(${q(x.query)}${x.parameters?.length ? `, ${JSON.stringify(x.parameters)}` : ''});`);
    const className = `${name}${timestamp}`;
    const file = join(__dirname, '..', 'libs', 'db-schema', 'src', 'migrations', `${timestamp}-${name}.ts`);
    writeFileSync(file, migrationSource(className, up, down));
    console.log(`wrote ${file}; add ${className} to libs/db-schema/src/migrations.ts`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
