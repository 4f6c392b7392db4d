export { ENTITIES } from './entities';
export { MIGRATIONS } from './migrations';
export { jalinDataSourceOptions, createJalinDataSource } from './data-source';
export { DatabaseModule } from './database.module';
export { runMigrations, pendingSchemaChanges } from './migrate';
