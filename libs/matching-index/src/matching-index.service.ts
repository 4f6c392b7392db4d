import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { Client } from 'pg';
import { AppConfig } from '@jalin/config';
import { isUuid } from '@jalin/database';
import { createRedisConnection } from '@jalin/jobs';
import { ResolvedEngineOptions, RfqSpec } from '@jalin/matching-engine';
import { IndexedMatch, rankIndexed } from './indexed-ranking';
import { IndexChangeMessage, indexChangesChannel } from './matching-index-changes';
import { streamPackedRows } from './packed-row-stream';
import { ProfileCodebook } from './profile-codebook';
import { ProfileColumns } from './profile-columns';

/**
 * Re-read window behind the last look: a row's updated_at is its transaction's start, so a
 * transaction that committed after the look may carry an older time. Re-reading is idempotent.
 */
const SYNC_OVERLAP = '10 seconds';

export interface MatchingIndexStats {
  profiles: number;
  indexBytes: number;
  buildMs: number;
  lastSyncAt: Date | null;
}

/**
 * The worker's in-memory matching index: every profile's matching data in compact columns,
 * loaded at start with one binary COPY of matching_profile_vector, then kept fresh two ways:
 * change announcements over Redis pub/sub (within milliseconds, on every replica) and a look
 * every MATCHING_INDEX_SYNC_MS at the rows updated since the last look (a missed announcement
 * is caught within that time). Each replica holds its own copy; they agree because they read the
 * same table.
 */
@Injectable()
export class MatchingIndex implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(MatchingIndex.name);
  private readonly codebook = ProfileCodebook.fromTaxonomy();
  private columns = new ProfileColumns(this.codebook);
  private client?: Client;
  private subscriber?: Redis;
  private timer?: NodeJS.Timeout;
  private watermark: string | null = null;
  /** Database time at which the last completed sync (or the build) started. */
  private freshAsOf = new Date(0);
  private syncing: Promise<void> = Promise.resolve();
  private queuedSync: Promise<void> | null = null;
  private statsValue: MatchingIndexStats = { profiles: 0, indexBytes: 0, buildMs: 0, lastSyncAt: null };

  constructor(private readonly config: AppConfig) {}

  async onModuleInit(): Promise<void> {
    await this.build();
    this.subscribe();
    this.timer = setInterval(() => void this.sync().catch((error) => this.logger.warn({ err: error }, 'matching index sync failed')), this.config.MATCHING_INDEX_SYNC_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.syncing.catch(() => undefined);
    await this.subscriber?.quit().catch(() => undefined);
    await this.client?.end().catch(() => undefined);
  }

  rank(rfq: RfqSpec, options: ResolvedEngineOptions): IndexedMatch[] {
    return rankIndexed(this.columns, rfq, options);
  }

  stats(): MatchingIndexStats {
    return { ...this.statsValue, profiles: this.columns.liveCount, indexBytes: this.columns.byteLength() };
  }

  /** Loads every profile; refuses to start when the database packs codes differently. */
  async build(): Promise<void> {
    const started = performance.now();
    const client = await this.connection();
    const [{ codebook }] = (await client.query('SELECT matching_codebook() AS codebook')).rows;
    this.assertSameCodebook(codebook);
    const [{ count, now, at }] = (await client.query('SELECT count(*)::int AS count, now()::text AS now, now() AS at FROM matching_profile_vector')).rows;
    const columns = new ProfileColumns(this.codebook, count + 1024);
    await streamPackedRows(client, 'SELECT packed FROM matching_profile_vector', (bytes, offset) => columns.appendPacked(bytes, offset));
    columns.rebuildOrder();
    this.columns = columns;
    this.watermark = now;
    this.freshAsOf = at;
    this.statsValue = { ...this.statsValue, buildMs: performance.now() - started, lastSyncAt: new Date() };
    this.logger.log({ profiles: columns.liveCount, indexBytes: columns.byteLength(), buildMs: Math.round(this.statsValue.buildMs) }, 'matching index built');
  }

  /**
   * Re-reads the profiles updated since the last look (the safety net behind announcements).
   * Callers arriving while one is queued share it.
   */
  sync(): Promise<void> {
    if (this.queuedSync) return this.queuedSync;
    const run = this.syncing.catch(() => undefined).then(async () => {
      this.queuedSync = null;
      const client = await this.connection();
      const [{ now, at }] = (await client.query('SELECT now()::text AS now, now() AS at')).rows;
      const since = this.watermark ?? now;
      await this.apply(`SELECT packed FROM matching_profile_vector WHERE updated_at > ${quoteTimestamp(since)}::timestamptz - interval '${SYNC_OVERLAP}'`);
      this.watermark = now;
      this.freshAsOf = at;
      this.statsValue.lastSyncAt = new Date();
    });
    this.queuedSync = run;
    this.syncing = run;
    return run;
  }

  /**
   * Makes sure the index holds every change committed before `instant` (database time): an RFQ
   * is matched against the profiles as they were when it was posted, even when the profile event
   * has not reached this worker yet.
   */
  async catchUp(instant: Date): Promise<void> {
    for (let attempt = 0; attempt < 2 && this.freshAsOf <= instant; attempt++) await this.sync();
  }

  /**
   * This worker just stored matches for these profiles: their match counters moved. Counted here
   * at once; the next sync replaces them with the database's figures, and other replicas get them
   * from their own sync.
   */
  noteMatched(profileIds: readonly string[]): void {
    this.columns.noteMatched(profileIds);
  }

  /** Re-reads the given profiles now (announcements, and this worker's own writes). */
  refresh(profileIds: readonly string[]): Promise<void> {
    const ids = profileIds.filter(isUuid);
    if (ids.length === 0) return this.syncing;
    this.syncing = this.syncing.catch(() => undefined).then(() =>
      this.apply(`SELECT packed FROM matching_profile_vector WHERE profile_id IN (${ids.map((id) => `'${id}'`).join(', ')})`),
    );
    return this.syncing;
  }

  private async apply(select: string): Promise<void> {
    const client = await this.connection();
    await streamPackedRows(client, select, (bytes, offset) => this.columns.upsertPacked(bytes, offset));
  }

  private subscribe(): void {
    this.subscriber = createRedisConnection(this.config.REDIS_URL, 'worker');
    const channel = indexChangesChannel(this.config.QUEUE_PREFIX);
    this.subscriber.subscribe(channel).catch((error) => this.logger.warn({ err: error }, 'matching index: subscribe failed; relying on sync'));
    this.subscriber.on('message', (from: string, text: string) => {
      if (from !== channel) return;
      const message = parseMessage(text);
      if (message) void this.refresh(message.profileIds).catch((error) => this.logger.warn({ err: error }, 'matching index refresh failed'));
    });
  }

  /** One dedicated connection (COPY streams hold it); replaced after a database restart. */
  private async connection(): Promise<Client> {
    if (this.client) return this.client;
    const client = new Client({ connectionString: this.config.DATABASE_URL, application_name: 'jalin-matching-index' });
    client.on('error', () => {
      if (this.client === client) this.client = undefined;
    });
    client.on('end', () => {
      if (this.client === client) this.client = undefined;
    });
    await client.connect();
    this.client = client;
    return client;
  }

  private assertSameCodebook(database: Record<string, string[]>): void {
    for (const kind of ['sectors', 'processes', 'materials', 'certifications'] as const) {
      const mine = this.codebook[kind];
      if (JSON.stringify(database[kind]) !== JSON.stringify(mine)) {
        throw new Error(`The database packs ${kind} as ${JSON.stringify(database[kind])} but this build's taxonomy is ${JSON.stringify(mine)}; add a migration that replaces matching_codebook() and matching_vector_refresh()`);
      }
    }
  }
}

function parseMessage(text: string): IndexChangeMessage | null {
  try {
    const value = JSON.parse(text) as IndexChangeMessage;
    return Array.isArray(value?.profileIds) ? { profileIds: value.profileIds.filter((id) => typeof id === 'string') } : null;
  } catch {
    return null;
  }
}

/** The database's own now()::text, checked before it is put in a COPY (which takes no parameters). */
function quoteTimestamp(text: string): string {
  if (!/^[0-9: .+-]+$/.test(text)) throw new Error(`Unexpected timestamp ${text}`);
  return `'${text}'`;
}
