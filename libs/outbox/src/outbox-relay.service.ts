import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@jalin/config';
import { DomainEventName, JobName, JobProducer } from '@jalin/jobs';
import { outboxJobId } from './outbox-job-id';

interface PendingRow {
  id: string;
  name: DomainEventName;
  payload: never;
  occurred_at: Date;
}

/**
 * Publishes committed outbox events to BullMQ, oldest first. Rows are locked with SKIP LOCKED so
 * several worker replicas share the work; a row is marked published in the same transaction that
 * locked it, after Redis accepted the jobs. If the process dies between the two, the row is
 * published again with the same job id, which BullMQ ignores: at-least-once on the wire,
 * exactly-once in the queue.
 *
 * It stops in onModuleDestroy, the first step of shutdown, so it never publishes through a
 * producer that is closing (the producer closes in onApplicationShutdown).
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: JobProducer,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    this.loop = this.runLoop();
  }

  async onModuleDestroy(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
  }

  /** Publishes one batch; returns how many events went out. */
  async publishBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: PendingRow[] = await manager.query(
        `SELECT id, name, payload, occurred_at FROM outbox_event
          WHERE published_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.config.OUTBOX_BATCH_SIZE],
      );
      if (rows.length === 0) return 0;
      await this.producer.addBulk(
        rows.map((row) => ({
          name: JobName.DispatchDomainEvent,
          jobId: outboxJobId(row.id),
          payload: { eventId: row.id, name: row.name, payload: row.payload, occurredAt: new Date(row.occurred_at).toISOString() },
        })),
      );
      await manager.query(
        `UPDATE outbox_event SET published_at = now(), publish_attempts = publish_attempts + 1, last_error = NULL
          WHERE id = ANY($1::bigint[])`,
        [rows.map((r) => r.id)],
      );
      return rows.length;
    });
  }

  private async runLoop(): Promise<void> {
    let failures = 0;
    while (this.running) {
      try {
        const published = await this.publishBatch();
        failures = 0;
        if (published === this.config.OUTBOX_BATCH_SIZE) continue;
      } catch (error) {
        failures += 1;
        this.logger.warn({ err: error, failures }, 'outbox relay could not publish; will retry');
      }
      const backoff = failures === 0 ? this.config.OUTBOX_POLL_MS : Math.min(this.config.OUTBOX_POLL_MS * 2 ** failures, 5000);
      await this.sleep(backoff);
    }
  }

  /** Ends early when shutdown begins, also when it began during the batch before this sleep. */
  private sleep(ms: number): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
