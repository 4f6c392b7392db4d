import { Logger } from '@nestjs/common';
import { Client } from 'pg';

/**
 * Re-read window behind the last look: a row's updated_at is its writing transaction's start, so
 * a transaction that committed after the look may carry an older time. Re-reading a row sets the
 * same values again, so the overlap is harmless.
 */
const SYNC_OVERLAP = '10 seconds';

/** A look at the database: its time as text (the next watermark) and as an instant (what the copy is as of). */
export interface DatabaseLook {
  now: string;
  at: Date;
}

export interface ReplicaCopyOptions {
  databaseUrl: string;
  /** application_name of the copy's connection. */
  applicationName: string;
  logger: Logger;
  /** The log message for a row the copy cannot apply. */
  skippedMessage: string;
}

/**
 * What an in-memory copy of database rows (the dashboard store, the matching index) needs to stay
 * in step: one dedicated connection, replaced after a database restart; a queue running loads and
 * re-reads one at a time; the watermark of the last look and the overlap behind it; and the rows
 * it could not apply, each logged once with its key so the copy reports degraded until a later
 * good read of that row.
 */
export class ReplicaCopy {
  /** Database time (text) of the last completed look; null before the first load. */
  watermark: string | null = null;
  /** Database instant at which the last completed look started: what the copy is as of. */
  freshAsOf = new Date(0);
  private client?: Client;
  private work: Promise<void> = Promise.resolve();
  private closed = false;
  private skippedKeys = new Set<string>();

  constructor(private readonly options: ReplicaCopyOptions) {}

  /** Runs `task` after everything queued before it; nothing runs once closed. */
  enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.work.catch(() => undefined).then(() => (this.closed ? undefined : task()));
    this.work = run;
    return run;
  }

  /** The copy's own connection (COPY streams and snapshots hold it). */
  async connection(): Promise<Client> {
    if (this.client) return this.client;
    const client = new Client({ connectionString: this.options.databaseUrl, application_name: this.options.applicationName });
    const lost = (error?: Error) => {
      if (error) this.options.logger.warn({ err: error }, `${this.options.applicationName} connection lost`);
      if (this.client === client) this.client = undefined;
    };
    client.on('error', lost);
    client.on('end', () => lost());
    await client.connect();
    this.client = client;
    return client;
  }

  /** The database's time now, read on the copy's connection (inside its snapshot, when one is open). */
  async look(client: Client): Promise<DatabaseLook> {
    const [look] = (await client.query('SELECT now()::text AS now, now() AS at')).rows;
    return look as DatabaseLook;
  }

  /** The look's changes are in: the next re-read starts from it. */
  advance(look: DatabaseLook): void {
    this.watermark = look.now;
    this.freshAsOf = look.at;
  }

  /**
   * SQL condition: rows updated since `watermark` (a database time as `look` gives it), less the
   * overlap; a literal, so it also fits COPY, which takes no parameters.
   */
  changedSince(watermark: string): string {
    if (!/^[0-9: .+-]+$/.test(watermark)) throw new Error(`Unexpected timestamp ${watermark}`);
    return `updated_at > '${watermark}'::timestamptz - interval '${SYNC_OVERLAP}'`;
  }

  /** A full load's record of skipped rows becomes current once its copy is swapped in. */
  replaceSkipped(keys: Set<string>): void {
    this.skippedKeys = keys;
  }

  get skipped(): Set<string> {
    return this.skippedKeys;
  }

  /**
   * One row never wedges the copy: `apply` throwing means the row changes nothing, is logged (once)
   * with its key and counted until a later read of that row applies.
   */
  applyRow(key: string, apply: () => void, into: Set<string> = this.skippedKeys): void {
    try {
      apply();
      into.delete(key);
    } catch (error) {
      this.skip(key, error as Error, into);
    }
  }

  skip(key: string, error: Error, into: Set<string> = this.skippedKeys): void {
    if (!into.has(key)) this.options.logger.error({ err: error, key }, this.options.skippedMessage);
    into.add(key);
  }

  health(): { degraded: boolean; skippedRows: number } {
    return { degraded: this.skippedKeys.size > 0, skippedRows: this.skippedKeys.size };
  }

  /** Stops the queue (waiting for the running task) and closes the connection. */
  async close(): Promise<void> {
    this.closed = true;
    await this.work.catch(() => undefined);
    await this.client?.end().catch(() => undefined);
  }
}
