import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { AppConfig } from '@jalin/config';
import { isUuid, ReplicaCopy } from '@jalin/database';
import { createRedisConnection, RedisClient } from '@jalin/jobs';
import { ResolvedEngineOptions, RfqSpec } from '@jalin/matching-engine';
import { IndexedMatch, rankIndexed } from './indexed-ranking';
import { IndexChangeMessage, indexChangesChannel } from './matching-index-changes';
import { streamPackedRows } from './packed-row-stream';
import { ProfileCodebook } from './profile-codebook';
import { ProfileColumns } from './profile-columns';

/**
 * Matching jobs append their IKMs' counter changes as deltas (sourcing's ikm_track_record_fold()),
 * so that jobs matching the same IKMs never wait on each other; the index folds them in before it
 * reads, and the fold rewrites those IKMs' vectors (trigger), which the read then picks up.
 */
const FOLD_TRACK_RECORD = 'SELECT ikm_track_record_fold()';

export interface MatchingIndexStats {
  profiles: number;
  indexBytes: number;
  buildMs: number;
  lastSyncAt: Date | null;
  /** True while some profile rows could not be applied (logged with their key): the copy misses them. */
  degraded: boolean;
  skippedRows: number;
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
  private readonly replica: ReplicaCopy;
  private subscriber?: RedisClient;
  private timer?: NodeJS.Timeout;
  private queuedSync: Promise<void> | null = null;
  private statsValue = { buildMs: 0, lastSyncAt: null as Date | null };

  constructor(private readonly config: AppConfig) {
    this.replica = new ReplicaCopy({
      databaseUrl: config.DATABASE_URL, applicationName: 'jalin-matching-index', logger: this.logger,
      skippedMessage: 'matching index skipped a profile row it cannot apply',
    });
  }

  async onModuleInit(): Promise<void> {
    await this.build();
    this.subscribe();
    this.timer = setInterval(() => void this.sync().catch((error) => this.logger.warn({ err: error }, 'matching index sync failed')), this.config.MATCHING_INDEX_SYNC_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.subscriber?.quit().catch(() => undefined);
    await this.replica.close();
  }

  rank(rfq: RfqSpec, options: ResolvedEngineOptions): IndexedMatch[] {
    return rankIndexed(this.columns, rfq, options);
  }

  stats(): MatchingIndexStats {
    return { ...this.statsValue, profiles: this.columns.liveCount, indexBytes: this.columns.byteLength(), ...this.replica.health() };
  }

  /** Loads every profile; refuses to start when the database packs codes differently. */
  async build(): Promise<void> {
    const started = performance.now();
    const client = await this.replica.connection();
    const [{ codebook }] = (await client.query('SELECT matching_codebook() AS codebook')).rows;
    this.assertSameCodebook(codebook);
    await client.query(FOLD_TRACK_RECORD);
    const look = await this.replica.look(client);
    const [{ count }] = (await client.query('SELECT count(*)::int AS count FROM matching_profile_vector')).rows;
    const columns = new ProfileColumns(this.codebook, count + 1024);
    const skipped = new Set<string>();
    await streamPackedRows(client, 'SELECT packed FROM matching_profile_vector', (bytes, offset) => columns.appendPacked(bytes, offset),
      (key, error) => this.replica.skip(key, error, skipped));
    columns.rebuildOrder();
    this.columns = columns;
    this.replica.replaceSkipped(skipped);
    this.replica.advance(look);
    this.statsValue = { ...this.statsValue, buildMs: performance.now() - started, lastSyncAt: new Date() };
    this.logger.log({ profiles: columns.liveCount, indexBytes: columns.byteLength(), buildMs: Math.round(this.statsValue.buildMs) }, 'matching index built');
  }

  /**
   * Re-reads the profiles updated since the last look (the safety net behind announcements).
   * Callers arriving while one is queued share it.
   */
  sync(): Promise<void> {
    if (this.queuedSync) return this.queuedSync;
    const run = this.replica.enqueue(async () => {
      this.queuedSync = null;
      const client = await this.replica.connection();
      await client.query(FOLD_TRACK_RECORD);
      const look = await this.replica.look(client);
      const since = this.replica.watermark ?? look.now;
      await this.apply(`SELECT packed FROM matching_profile_vector WHERE ${this.replica.changedSince(since)}`);
      this.replica.advance(look);
      this.statsValue.lastSyncAt = new Date();
    });
    this.queuedSync = run;
    return run;
  }

  /**
   * Makes sure the index holds every change committed before `instant` (database time): an RFQ
   * is matched against the profiles as they were when it was posted, even when the profile event
   * has not reached this worker yet.
   */
  async catchUp(instant: Date): Promise<void> {
    for (let attempt = 0; attempt < 2 && this.replica.freshAsOf <= instant; attempt++) await this.sync();
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
    if (ids.length === 0) return this.replica.enqueue(async () => undefined);
    return this.replica.enqueue(() =>
      this.apply(`SELECT packed FROM matching_profile_vector WHERE profile_id IN (${ids.map((id) => `'${id}'`).join(', ')})`),
    );
  }

  private async apply(select: string): Promise<void> {
    const client = await this.replica.connection();
    const skipped = this.replica.skipped;
    await streamPackedRows(client, select, (bytes, offset) => {
      const slot = this.columns.upsertPacked(bytes, offset);
      if (skipped.size > 0) skipped.delete(this.columns.profileIdAt(slot));
    }, (key, error) => this.replica.skip(key, error, skipped));
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

