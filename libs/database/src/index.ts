export { SnakeNamingStrategy } from './snake-naming.strategy';
export { TransactionRunner } from './transaction-runner';
export { buildDataSourceOptions, DataSourceParts } from './data-source-options';
export { ensureDatabase, dropDatabase } from './ensure-database';
export { isUuid } from './is-uuid';
export { ReplicaCopy, type DatabaseLook, type ReplicaCopyOptions } from './replica-sync/replica-copy';
export { readBinaryCopy } from './binary-copy/read-binary-copy';
export { BinaryCopyRow } from './binary-copy/binary-copy-row';
export { RawKeyMap } from './binary-copy/raw-key-map';
