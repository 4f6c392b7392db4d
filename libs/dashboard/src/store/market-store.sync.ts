import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { AppConfig } from '@jalin/config';
import { BinaryCopyRow, DatabaseLook, readBinaryCopy, ReplicaCopy } from '@jalin/database';
import { MarketStore } from './market-store';
import { ROLLUP_SOURCES, RollupRowWriter, RollupSource, rowKey, sourceSelect } from './rollup-sources';

/** Changed rows of one table a re-read applies; more means a bulk change, and the store is reloaded instead. */
const PAGE = 50_000;

export interface MarketStoreStats {
  loadMs: number;
  storeBytes: number;
  asOf: Date;
}

/** Whether the copy holds every rollup row: `skippedRows` it could not apply (logged with their key). */
export interface MarketStoreHealth {
  degraded: boolean;
  skippedRows: number;
}

/**
 * The API replica's copy of the market rollups. Loaded whole at start (and again every
 * DASHBOARD_RELOAD_MS into a fresh store, swapped in at once); every DASHBOARD_SYNC_MS it
 * re-reads the rows updated since its last look. The rollups are exact once the writers' deltas are
 * folded (MarketRollupFolder, every DASHBOARD_FOLD_MS), so the dashboard is at most about
 * DASHBOARD_FOLD_MS + DASHBOARD_SYNC_MS behind the database and no request ever aggregates base tables.
 */
@Injectable()
export class MarketStoreSync implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(MarketStoreSync.name);
  private store = new MarketStore();
  private readonly replica: ReplicaCopy;
  private ready?: Promise<void>;
  private syncTimer?: NodeJS.Timeout;
  private reloadTimer?: NodeJS.Timeout;
  private statsValue: MarketStoreStats = { loadMs: 0, storeBytes: 0, asOf: new Date(0) };

  constructor(private readonly config: AppConfig) {
    this.replica = new ReplicaCopy({
      databaseUrl: config.DATABASE_URL, applicationName: 'jalin-dashboard-store', logger: this.logger,
      skippedMessage: 'dashboard store skipped a rollup row it cannot apply',
    });
  }

  onModuleInit(): void {
    // Loading a large market takes seconds: the API starts serving meanwhile and the first
    // dashboard request waits for it.
    this.ready = this.replica.enqueue(() => this.load());
    this.ready.catch((error) => this.logger.error({ err: error }, 'dashboard store load failed'));
    this.syncTimer = setInterval(() => void this.sync().catch((error) => this.logger.warn({ err: error }, 'dashboard sync failed')), this.config.DASHBOARD_SYNC_MS);
    this.reloadTimer = setInterval(() => void this.replica.enqueue(() => this.load()).catch((error) => this.logger.warn({ err: error }, 'dashboard reload failed')), this.config.DASHBOARD_RELOAD_MS);
    this.syncTimer.unref();
    this.reloadTimer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.syncTimer);
    clearInterval(this.reloadTimer);
    await this.replica.close();
  }

  /** The current store and what it is as of; waits for the first load (and retries a failed one). */
  async current(): Promise<{ store: MarketStore; asOf: Date }> {
    try {
      await this.ready;
    } catch {
      this.ready = this.replica.enqueue(() => this.load());
      await this.ready;
    }
    return { store: this.store, asOf: this.replica.freshAsOf };
  }

  stats(): MarketStoreStats {
    return { ...this.statsValue, asOf: this.replica.freshAsOf };
  }

  health(): MarketStoreHealth {
    return this.replica.health();
  }

  /**
   * Re-reads the rows changed since the last look; calls queue behind each other. More changed
   * rows than a page means a bulk change (a rollup rebuild rewrites every row and drops the
   * empty ones): then the whole store is reloaded instead.
   */
  sync(): Promise<void> {
    return this.replica.enqueue(async () => {
      if (this.replica.watermark === null) return;
      const client = await this.replica.connection();
      // One snapshot, so the figures never mix a fact's new rollup rows with another's old ones;
      // all of it is read before any of it applies, so no request sees half a re-read.
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      let changes: { source: RollupSource; rows: BinaryCopyRow[] }[] | null = [];
      let snapshot: DatabaseLook;
      try {
        snapshot = await this.look(client);
        for (const source of ROLLUP_SOURCES) {
          const rows: BinaryCopyRow[] = [];
          const select = `${sourceSelect(source, this.replica.changedSince(this.replica.watermark))} LIMIT ${PAGE + 1}`;
          await readBinaryCopy(client, select, (row) => rows.push(row.detach()), () => undefined);
          if (rows.length > PAGE) {
            changes = null;
            break;
          }
          changes.push({ source, rows });
        }
      } finally {
        await client.query('COMMIT').catch(() => undefined);
      }
      if (changes === null) return this.load();
      for (const { source, rows } of changes) {
        const writer = new RollupRowWriter(source, this.store);
        for (const row of rows) this.replica.applyRow(rowKey(source, row), () => writer.apply(row));
      }
      this.replica.advance(snapshot);
    });
  }

  /**
   * Reads every rollup in one snapshot into a new store, then swaps it in: binary COPY in key
   * order, each row decoded straight into the store's typed arrays (rollup-sources.ts).
   */
  private async load(): Promise<void> {
    const started = performance.now();
    const client = await this.replica.connection();
    const store = new MarketStore();
    const skipped = new Set<string>();
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const look = await this.look(client);
      for (const source of ROLLUP_SOURCES) {
        const writer = new RollupRowWriter(source, store);
        await readBinaryCopy(client, sourceSelect(source, '', true), (row) => writer.apply(row),
          (row, error) => this.replica.skip(rowKey(source, row), error, skipped));
      }
      await client.query('COMMIT');
      this.store = store;
      this.replica.replaceSkipped(skipped);
      this.replica.advance(look);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    this.statsValue = { loadMs: performance.now() - started, storeBytes: store.byteLength(), asOf: this.replica.freshAsOf };
    this.logger.log({ loadMs: Math.round(this.statsValue.loadMs), storeBytes: this.statsValue.storeBytes }, 'dashboard store loaded');
  }

  /**
   * The snapshot's time, and what the copy is as of: writers' changes reach the rollups when folded,
   * so that is the start of the last complete fold (market_fold_mark) when it is earlier.
   */
  private async look(client: Client): Promise<DatabaseLook> {
    const look = await this.replica.look(client);
    const { rows: [mark] } = await client.query('SELECT folded_through FROM market_fold_mark WHERE id = 1');
    const folded: Date = mark?.folded_through ?? new Date(0);
    return folded < look.at ? { ...look, at: folded } : look;
  }
}
