export { MIGRATIONS } from './migrations';
export { createJalinDataSource } from './data-source';
export { DatabaseModule } from './database.module';
export { runMigrations, pendingSchemaChanges } from './migrate';
export { DATABASE_CODE_FILES, readDatabaseCodeFile } from './database-code/database-code-files';
export { compareDatabaseCode } from './database-code/compare-database-code';
export type { DatabaseCodeComparison } from './database-code/compare-database-code';

export { databaseCodeMigration } from './database-code/database-code-migration';
export { migrationSource, sqlLiteral } from './migration-source';
