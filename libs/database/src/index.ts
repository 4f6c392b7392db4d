export { SnakeNamingStrategy } from './snake-naming.strategy';
export { TransactionRunner } from './transaction-runner';
export { buildDataSourceOptions, DataSourceParts, STATEMENT_TIMEOUT_MS } from './data-source-options';
export { ensureDatabase, dropDatabase } from './ensure-database';
export { isUuid } from './is-uuid';
export { ReplicaCopy, type DatabaseLook, type ReplicaCopyOptions } from './replica-sync/replica-copy';
