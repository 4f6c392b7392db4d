import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * One transaction per mutation (Vendure habit): a service receives the EntityManager of the
 * transaction and writes its rows and its outbox events through it, so either all of them commit
 * or none do. Side effects leave only through the outbox, after commit. Races are closed with
 * row locks and unique constraints at READ COMMITTED, not with SERIALIZABLE retries.
 */
@Injectable()
export class TransactionRunner {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** For reads outside a transaction. */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }
}
