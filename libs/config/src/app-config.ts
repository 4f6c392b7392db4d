import { Transform, Type } from 'class-transformer';
import {
  IsBoolean, IsEmail, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min, MinLength,
  ValidateIf,
} from 'class-validator';

export enum NodeEnv {
  Development = 'development',
  Test = 'test',
  Production = 'production',
}

const toBool = ({ value }: { value: unknown }) =>
  value === undefined ? undefined : ['1', 'true', 'yes', 'on'].includes(String(value).toLowerCase());

/** Used only outside production so the demo runs without setup; production refuses it. */
export const INSECURE_DEV_JWT_SECRET = 'jalin-dev-only-secret-change-me-0123456789';

/**
 * Every setting Jalin reads, in one validated class. Each property is one environment variable
 * of the same name; defaults are for a developer machine with local PostgreSQL and Redis.
 */
export class AppConfig {
  /** development | test | production. Production turns off introspection and the landing page. */
  @IsEnum(NodeEnv)
  NODE_ENV: NodeEnv = NodeEnv.Development;

  /** PostgreSQL connection string. */
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/jalin';

  /** Connection pool size per process. */
  @Type(() => Number) @IsInt() @Min(1) @Max(200)
  DATABASE_POOL_SIZE = 10;

  /**
   * Keep the app's repeated statements prepared on each connection, so PostgreSQL parses and plans
   * them once per connection instead of on every run. Turn off behind a pooler in transaction mode
   * that does not track prepared statements (PgBouncer before 1.21, or without
   * max_prepared_statements): there the next transaction may land on a connection without them.
   */
  @Transform(toBool) @IsBoolean()
  DATABASE_PREPARED_STATEMENTS = true;

  /**
   * Connections per process that carry the plain reads outside transactions in pg's pipeline mode
   * (one write and one wake-up of PostgreSQL for all the statements of an event-loop turn), on top
   * of DATABASE_POOL_SIZE; 0 sends those reads to the pool, one connection and round trip each.
   */
  @Type(() => Number) @IsInt() @Min(0) @Max(16)
  DATABASE_READ_PIPELINE_CONNECTIONS = 2;

  /**
   * Redis connection string (queues, rate limits, live notifications): `redis://host:port` (or
   * `rediss://`) for one server, `redis+cluster://host:port,host:port,...` (or `rediss+cluster://`,
   * credentials before the first host) for a Redis Cluster, given any of its nodes.
   */
  @Matches(/^rediss?:\/\/[^\s,]+$|^rediss?\+cluster:\/\/([^\s@/]+@)?[^\s,@/:]+:\d{1,5}(,[^\s,@/:]+:\d{1,5})*\/?$/, {
    message: 'REDIS_URL must be redis://host:port (one server) or redis+cluster://host:port,host:port (a Redis Cluster)',
  })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** HTTP port of the API; 0 takes any free port (tests). */
  @Type(() => Number) @IsInt() @Min(0) @Max(65535)
  PORT = 3000;

  /** Prefix of every BullMQ key, so several deployments or test runs share one Redis safely. */
  @IsString() @MinLength(1)
  QUEUE_PREFIX = 'jalin';

  /** HMAC key of access tokens (HS256). At least 32 characters; required in production. */
  @IsString() @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET = INSECURE_DEV_JWT_SECRET;

  /** `iss` claim written and required on access tokens. */
  @IsString() @MinLength(1)
  JWT_ISSUER = 'jalin';

  /** `aud` claim written and required on access tokens. */
  @IsString() @MinLength(1)
  JWT_AUDIENCE = 'jalin-api';

  /** Access token lifetime in seconds; short, because refresh tokens renew it. */
  @Type(() => Number) @IsInt() @Min(30) @Max(3600)
  JWT_ACCESS_TTL_SECONDS = 900;

  /** Refresh token lifetime in days. */
  @Type(() => Number) @IsInt() @Min(1) @Max(365)
  REFRESH_TOKEN_TTL_DAYS = 30;

  /** Absolute lifetime of a session (refresh-token family) in days, counted from its sign-in. */
  @Type(() => Number) @IsInt() @Min(1) @Max(3650)
  REFRESH_TOKEN_MAX_DAYS = 90;

  /**
   * How long an API replica trusts its copy of a user's session version and ended sessions, in ms.
   * At most 1000, so two replicas agree within 2 s after any logout or a password change.
   */
  @Type(() => Number) @IsInt() @Min(0) @Max(1000)
  SESSION_VERSION_CACHE_MS = 1000;

  /** Minutes a password-reset link stays valid. */
  @Type(() => Number) @IsInt() @Min(1) @Max(1440)
  PASSWORD_RESET_TOKEN_TTL_MINUTES = 30;

  /** Password-reset requests allowed per client address in one hour. */
  @Type(() => Number) @IsInt() @Min(1)
  PASSWORD_RESET_RATE_LIMIT_PER_HOUR = 20;

  /** Password-reset requests allowed per e-mail address in one hour. */
  @Type(() => Number) @IsInt() @Min(1)
  PASSWORD_RESET_EMAIL_RATE_LIMIT_PER_HOUR = 5;

  /** When set, an ADMIN account with this e-mail is created at start-up if none exists. */
  @IsOptional() @IsEmail()
  BOOTSTRAP_ADMIN_EMAIL?: string = undefined;

  /** Password of the bootstrap admin; required with BOOTSTRAP_ADMIN_EMAIL. */
  @ValidateIf((c: AppConfig) => c.BOOTSTRAP_ADMIN_EMAIL !== undefined)
  @IsString({ message: 'BOOTSTRAP_ADMIN_PASSWORD is required when BOOTSTRAP_ADMIN_EMAIL is set' })
  @MinLength(12, { message: 'BOOTSTRAP_ADMIN_PASSWORD must be at least 12 characters' })
  BOOTSTRAP_ADMIN_PASSWORD?: string = undefined;

  /** Failed logins allowed per (e-mail, client address) pair and per client address in one minute. */
  @Type(() => Number) @IsInt() @Min(1)
  LOGIN_RATE_LIMIT_PER_MINUTE = 10;

  /**
   * Failed logins of one e-mail (from any client, 15 minutes) before each further login of that
   * e-mail waits; the wait doubles with each failure up to LOGIN_EMAIL_MAX_DELAY_MS.
   */
  @Type(() => Number) @IsInt() @Min(1)
  LOGIN_EMAIL_FREE_FAILURES = 10;

  /** Longest wait a login of a much-attacked e-mail gets before its password is checked, in ms. */
  @Type(() => Number) @IsInt() @Min(0) @Max(30000)
  LOGIN_EMAIL_MAX_DELAY_MS = 5000;

  /** Registrations allowed per client address in one hour. */
  @Type(() => Number) @IsInt() @Min(1)
  REGISTER_RATE_LIMIT_PER_HOUR = 20;

  /** Refreshes allowed per client address in one minute. */
  @Type(() => Number) @IsInt() @Min(1)
  REFRESH_RATE_LIMIT_PER_MINUTE = 60;

  /** Registration attempts allowed per e-mail address being registered in one hour (any outcome). */
  @Type(() => Number) @IsInt() @Min(1)
  REGISTER_EMAIL_RATE_LIMIT_PER_HOUR = 5;

  /** Refreshes allowed per account (all its sessions together) in one minute. */
  @Type(() => Number) @IsInt() @Min(1)
  REFRESH_ACCOUNT_RATE_LIMIT_PER_MINUTE = 20;

  /** Deepest field nesting a GraphQL operation may have (fragments count as a level). */
  @Type(() => Number) @IsInt() @Min(1) @Max(100)
  GRAPHQL_MAX_DEPTH = 10;

  /**
   * Highest cost of a GraphQL operation (graphql-armor: object 2, scalar 1, x1.5 per level, times a
   * literal `first`). The heaviest real query (100 matches with their RFQs' quotes) costs about 4,750.
   */
  @Type(() => Number) @IsInt() @Min(1) @Max(1_000_000)
  GRAPHQL_MAX_COST = 10_000;

  /** Aliases allowed in one GraphQL operation (each alias of a mutation runs it again). */
  @Type(() => Number) @IsInt() @Min(0) @Max(1000)
  GRAPHQL_MAX_ALIASES = 15;

  /** Directives allowed in one GraphQL operation. */
  @Type(() => Number) @IsInt() @Min(0) @Max(1000)
  GRAPHQL_MAX_DIRECTIVES = 20;

  /** Tokens allowed in one GraphQL document (checked while parsing, before validation). */
  @Type(() => Number) @IsInt() @Min(10) @Max(100_000)
  GRAPHQL_MAX_TOKENS = 1000;

  /**
   * How often a graphql-ws connection with live operations verifies its access token again, in
   * milliseconds: an expired or revoked token closes the socket (4401) within about this long.
   */
  @Type(() => Number) @IsInt() @Min(100) @Max(60_000)
  GRAPHQL_WS_TOKEN_CHECK_MS = 1000;

  /**
   * Proxies in front of the API (load balancer, ingress) whose X-Forwarded-For entries are
   * believed: the client address is the entry that many hops from the right, never the leftmost
   * one a client can write. 0: the socket's peer is the client.
   */
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(10)
  TRUST_PROXY_HOPS?: number = undefined;

  /** Replaced by TRUST_PROXY_HOPS; still read: `true` is one trusted hop, as behind one load balancer. */
  @IsOptional() @Transform(toBool) @IsBoolean()
  TRUST_PROXY?: boolean = undefined;

  get trustedProxyHops(): number {
    return this.TRUST_PROXY_HOPS ?? (this.TRUST_PROXY ? 1 : 0);
  }

  /** How often the outbox relay looks for unpublished events, in milliseconds. */
  @Type(() => Number) @IsInt() @Min(10) @Max(60000)
  OUTBOX_POLL_MS = 200;

  /** Events the relay publishes per round. */
  @Type(() => Number) @IsInt() @Min(1) @Max(5000)
  OUTBOX_BATCH_SIZE = 200;

  /** Jobs each worker processes at once per queue. */
  @Type(() => Number) @IsInt() @Min(1) @Max(256)
  WORKER_CONCURRENCY = 4;

  /** Grace period for in-flight requests and jobs after SIGTERM, in milliseconds. */
  @Type(() => Number) @IsInt() @Min(0) @Max(600000)
  SHUTDOWN_TIMEOUT_MS = 25000;

  /**
   * How long a worker's claim on a running job lasts without renewal; a worker killed mid-job
   * loses its jobs to the others after about this long (BullMQ lockDuration and stalledInterval).
   */
  @Type(() => Number) @IsInt() @Min(1000) @Max(600000)
  JOB_LOCK_DURATION_MS = 30000;

  /** Matches kept per RFQ, best first. */
  @Type(() => Number) @IsInt() @Min(1) @Max(200)
  MATCHING_TOP_K = 20;

  /** Minimum score (0..1) for a profile to be matched. */
  @Type(() => Number) @Min(0) @Max(1)
  MATCHING_THRESHOLD = 0.35;

  /**
   * How often each worker's matching index re-reads the profiles changed since its last look, in
   * milliseconds: the safety net behind the change events, bounding how stale a missed event can
   * leave it.
   */
  @Type(() => Number) @IsInt() @Min(100) @Max(600_000)
  MATCHING_INDEX_SYNC_MS = 1000;

  /**
   * How long a profile's re-match waits for further edits, in milliseconds: edits within this
   * window collapse into one re-match job that reads the profile's latest state.
   */
  @Type(() => Number) @IsInt() @Min(0) @Max(3_600_000)
  REMATCH_DEBOUNCE_MS = 30_000;

  /** Re-matches per profile per hour; later edits wait for the hour to pass (one job, latest state). */
  @Type(() => Number) @IsInt() @Min(1) @Max(1000)
  REMATCH_PER_PROFILE_PER_HOUR = 6;

  /**
   * How often each API replica copies the market rollup rows changed since its last look into its
   * in-memory dashboard store, in milliseconds: the bound on how stale the dashboard can be.
   */
  @Type(() => Number) @IsInt() @Min(100) @Max(60_000)
  DASHBOARD_SYNC_MS = 1000;

  /**
   * How often an API replica folds the writers' rollup deltas into the market rollups, in
   * milliseconds (one replica at a time): with DASHBOARD_SYNC_MS, how far the dashboard trails a write.
   */
  @Type(() => Number) @IsInt() @Min(50) @Max(10_000)
  DASHBOARD_FOLD_MS = 500;

  /**
   * How often each API replica reloads the whole dashboard store from the rollups, in milliseconds:
   * the safety net for a rollup rebuild (which rewrites every row) or a writer that committed later
   * than the sync overlap.
   */
  @Type(() => Number) @IsInt() @Min(10_000) @Max(86_400_000)
  DASHBOARD_RELOAD_MS = 600_000;

  /**
   * Days after its quote deadline an OPEN RFQ without an award is closed automatically (CLOSED);
   * 0 closes it as soon as the deadline has passed.
   */
  @Type(() => Number) @IsInt() @Min(0) @Max(365)
  RFQ_AUTO_CLOSE_DAYS = 14;

  /** How often the worker looks for RFQs to close automatically, in milliseconds. */
  @Type(() => Number) @IsInt() @Min(1000) @Max(86_400_000)
  RFQ_AUTO_CLOSE_SWEEP_MS = 3_600_000;

  /** pino level: fatal, error, warn, info, debug, trace, silent. */
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Public base URL of the web app, used in links inside notifications. */
  @IsUrl({ require_tld: false, require_protocol: true })
  PUBLIC_URL = 'http://localhost:3000';

  /**
   * SMTP server of notification e-mails, e.g. `smtps://user:pass@mail.example.co.id:465`. Unset:
   * no e-mail is sent (the EMAIL channel is skipped, in-app and webhook still work).
   */
  @IsOptional() @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false, require_protocol: true })
  SMTP_URL?: string = undefined;

  /** Sender of notification e-mails. */
  @IsString() @MinLength(3)
  MAIL_FROM = 'Jalin <no-reply@jalin.id>';

  /**
   * Allows webhook URLs over plain http and to private, loopback or link-local addresses. Only for
   * tests and local development: in production it would let users make the worker call internal
   * services.
   */
  @Transform(toBool) @IsBoolean()
  NOTIFICATIONS_ALLOW_PRIVATE_WEBHOOKS = false;

  /** Attempts per notification delivery (e-mail, webhook) before it is kept as FAILED. */
  @Type(() => Number) @IsInt() @Min(1) @Max(20)
  NOTIFICATION_DELIVERY_ATTEMPTS = 6;

  /** First retry delay of a failed delivery in milliseconds; doubles with each attempt. */
  @Type(() => Number) @IsInt() @Min(10) @Max(3_600_000)
  NOTIFICATION_RETRY_DELAY_MS = 5000;

  /** Timeout of one webhook call in milliseconds. */
  @Type(() => Number) @IsInt() @Min(100) @Max(60_000)
  NOTIFICATION_WEBHOOK_TIMEOUT_MS = 10_000;

  /** Ports a webhook URL may use, comma-separated; others (SSH, databases, admin panels) are refused. */
  @Matches(/^\s*\d{1,5}\s*(,\s*\d{1,5}\s*)*$/, { message: 'NOTIFICATION_WEBHOOK_PORTS must be port numbers separated by commas, e.g. 443,8443' })
  NOTIFICATION_WEBHOOK_PORTS = '443,8443';

  get webhookPorts(): number[] {
    return this.NOTIFICATION_WEBHOOK_PORTS.split(',').map((port) => Number(port.trim()));
  }

  get isProduction(): boolean {
    return this.NODE_ENV === NodeEnv.Production;
  }
}
