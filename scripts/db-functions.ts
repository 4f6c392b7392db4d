import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '@jalin/config';
import { ensureDatabase } from '@jalin/database';
import {
  DATABASE_CODE_FILES, compareDatabaseCode, createJalinDataSource, databaseCodeMigration, readDatabaseCodeFile, runMigrations,
} from '@jalin/db-schema';
import { ProfileCodebook, withGeneratedProfileVectorSql } from '@jalin/matching-index';

/**
 * `npm run db:functions [-- Name]`: compares the SQL files (libs/<lib>/sql/*.sql) with the database
 * the migrations build and writes a migration holding the text of every file that differs. First
 * it regenerates the files' generated parts (the packed profile row from its layout).
 */
async function main(): Promise<void> {
  const name = process.argv[2] ?? 'DatabaseCode';
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('usage: npm run db:functions -- PascalCaseName');
  regenerateSqlFiles();
  const config = loadConfig();
  await ensureDatabase(config.DATABASE_URL);
  const dataSource = await createJalinDataSource(config, 'jalin-db-functions').initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runMigrations(dataSource);
    const files = DATABASE_CODE_FILES.map((file) => ({ file, sql: readDatabaseCodeFile(file) }));
    await runner.startTransaction();
    const comparison = await compareDatabaseCode({ query: (sql) => runner.query(sql), run: async (sql) => void (await runner.query(sql)) }, files);
    await runner.rollbackTransaction();
    if (comparison.unowned.length > 0) {
      console.error(`in the database but in no SQL file (add them to a file in DATABASE_CODE_FILES):\n${comparison.unowned.map((k) => `- ${k}`).join('\n')}`);
      process.exitCode = 1;
    }
    if (comparison.changedFiles.length === 0) {
      console.log('SQL files and migrations agree: nothing to generate');
      return;
    }
    const timestamp = Date.now();
    const className = `${name}${timestamp}`;
    const file = join(__dirname, '..', 'libs', 'db-schema', 'src', 'migrations', `${timestamp}-${name}.ts`);
    writeFileSync(file, databaseCodeMigration(className, comparison, files));
    for (const changed of comparison.changedFiles) console.log(`${changed.file}: ${changed.objects.join(', ')}`);
    console.log(`wrote ${file}; add ${className} to libs/db-schema/src/migrations.ts`);
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction();
    await runner.release();
    await dataSource.destroy();
  }
}

function regenerateSqlFiles(): void {
  const file = join(__dirname, '..', 'libs', 'matching-index', 'sql', 'profile-vector.sql');
  const text = readFileSync(file, 'utf8');
  const generated = withGeneratedProfileVectorSql(text, ProfileCodebook.fromTaxonomy());
  if (generated !== text) {
    writeFileSync(file, generated);
    console.log(`regenerated ${file}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
