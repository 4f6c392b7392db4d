import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { AppConfig } from '@jalin/config';
import { DatabaseLook, ReplicaCopy } from '@jalin/database';
import { MarketStore } from './market-store';
/** Rows per page of the initial load: bounded memory for row objects at millions of rows. */
const PAGE = 50_000;

type Row = unknown[];

/** One rollup table: what to read (key columns first, for keyset paging) and where it goes. */
interface RollupSource {
  table: string;
  keys: string[];
  columns: string;
  apply(store: MarketStore, row: Row): void;
}

const n = (value: unknown) => Number(value);
const b = (value: unknown) => BigInt(value as string);

const SOURCES: RollupSource[] = [
  {
    table: 'market_rfq_day', keys: ['day', 'sector', 'buyer_organization_id'],
    columns: 'day::text, sector, buyer_organization_id::text, rfqs_posted, rfqs_matched, rfqs_quoted, rfqs_awarded, rfqs_open',
    apply: (s, r) => s.setRfqDay(r[0] as string, r[1] as string, r[2] as string, [n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7])]),
  },
  {
    table: 'market_ikm_day', keys: ['day', 'sector', 'kecamatan_code'],
    columns: 'day::text, sector, kecamatan_code, quotes, deals, deals_completed, deals_cancelled, deal_value::text, cancelled_value::text',
    apply: (s, r) => s.setIkmDay(r[0] as string, r[1] as string, r[2] as string, [n(r[3]), n(r[4]), n(r[5]), n(r[6])], [b(r[7]), b(r[8])]),
  },
  {
    table: 'market_buyer_day', keys: ['day', 'sector', 'buyer_organization_id', 'kecamatan_code'],
    columns: 'day::text, sector, buyer_organization_id::text, kecamatan_code, deals, deals_cancelled, deal_value::text, cancelled_value::text',
    apply: (s, r) => s.setBuyerDay(r[0] as string, r[1] as string, r[2] as string, r[3] as string, [n(r[4]), n(r[5])], [b(r[6]), b(r[7])]),
  },
  {
    table: 'market_first_quote', keys: ['day', 'sector', 'hours'],
    columns: 'day::text, sector, hours, rfqs',
    apply: (s, r) => s.setFirstQuote(r[0] as string, r[1] as string, n(r[2]), n(r[3])),
  },
  {
    table: 'market_ikm_activity', keys: ['day', 'sector', 'ikm_organization_id', 'kecamatan_code'],
    columns: 'day::text, sector, ikm_organization_id::text, kecamatan_code, quotes',
    apply: (s, r) => s.setActivity(r[0] as string, r[1] as string, r[2] as string, r[3] as string, n(r[4])),
  },
  {
    table: 'market_ikm_total', keys: ['sector', 'kecamatan_code'],
    columns: 'sector, kecamatan_code, ikms, verified',
    apply: (s, r) => s.setIkmStock(r[0] as string, r[1] as string, n(r[2]), n(r[3])),
  },
];

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
   * rows than a load page means a bulk change (a rollup rebuild rewrites every row and drops the
   * empty ones): then the whole store is reloaded instead.
   */
  sync(): Promise<void> {
    return this.replica.enqueue(async () => {
      if (this.replica.watermark === null) return;
      const client = await this.replica.connection();
      // One snapshot, so the figures never mix a fact's new rollup rows with another's old ones.
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      let changes: { source: RollupSource; rows: Row[] }[] | null = [];
      let snapshot: DatabaseLook;
      try {
        snapshot = await this.look(client);
        for (const source of SOURCES) {
          const { rows } = await client.query({
            text: `SELECT ${source.columns} FROM ${source.table} WHERE ${this.replica.changedSince('$1')} LIMIT ${PAGE + 1}`,
            values: [this.replica.watermark],
            rowMode: 'array',
          });
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
      for (const { source, rows } of changes) for (const row of rows) this.applyRow(source, this.store, row, this.replica.skipped);
      this.replica.advance(snapshot);
    });
  }

  /** Reads every rollup in one snapshot into a new store, then swaps it in. */
  private async load(): Promise<void> {
    const started = performance.now();
    const client = await this.replica.connection();
    const store = new MarketStore();
    const skipped = new Set<string>();
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const look = await this.look(client);
      for (const source of SOURCES) await this.loadTable(client, source, store, skipped);
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

  /**
   * Keyset pages in key order, so each group's days arrive sorted (appends, no shifting). Each
   * source's columns start with its key columns (as text), which give the next page's start.
   */
  private async loadTable(client: Client, source: RollupSource, store: MarketStore, skipped: Set<string>): Promise<void> {
    const keyList = source.keys.join(', ');
    let after: unknown[] | null = null;
    for (;;) {
      const where: string = after ? `WHERE (${keyList}) > (${source.keys.map((_, i) => `$${i + 1}`).join(', ')})` : '';
      const { rows }: { rows: Row[] } = await client.query({
        text: `SELECT ${source.columns} FROM ${source.table} ${where} ORDER BY ${keyList} LIMIT ${PAGE}`,
        values: after ?? [],
        rowMode: 'array',
      });
      for (const row of rows) this.applyRow(source, store, row, skipped);
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1].slice(0, source.keys.length);
    }
  }

  /** A row the store cannot hold (a sum past what it holds exactly, a value that is not whole rupiah) is skipped by key. */
  private applyRow(source: RollupSource, store: MarketStore, row: Row, skipped: Set<string>): void {
    this.replica.applyRow(`${source.table}:${row.slice(0, source.keys.length).join('|')}`, () => source.apply(store, row), skipped);
  }
}
