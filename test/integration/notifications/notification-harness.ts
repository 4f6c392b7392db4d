import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { INestApplicationContext } from '@nestjs/common';
import { createClient, Client } from 'graphql-ws';
import { SMTPServer } from 'smtp-server';
import WebSocket from 'ws';
import { AppConfig } from '@jalin/config';
import { verifyWebhook } from '@jalin/notifications';
import { GraphqlClient, registerAccount, RegisteredAccount, RunningApi, startApi, startWorker, testConfig } from '@jalin/testing';
import { ikmWithProfile } from '../../support/marketplace-builders';
import { ScratchRun, startScratchRun } from '../../support/scratch-run';
import { waitFor } from '../../support/wait-for';

export const NOTIFICATIONS = `query N($unreadOnly: Boolean, $first: Int, $after: String) { notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { id type title body link data readAt createdAt deliveries { channel status attempts lastError deliveredAt } } } }`;
export const MARK_READ = `mutation M($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`;
export const UPDATE_PREFERENCES = `mutation U($input: NotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { channels email webhookUrl webhookSecret locale } }`;
export const PREFERENCES = `{ notificationPreferences { channels email webhookUrl webhookSecret locale } }`;

export interface ReceivedMail {
  to: string[];
  raw: string;
}

export interface WebhookCall {
  path: string;
  at: number;
  body: string;
  signatureValid: boolean;
}

/** A real SMTP server in the test process (smtp-server), keeping every message it accepts. */
export async function startSmtpServer(): Promise<{ port: number; mails: ReceivedMail[]; close(): Promise<void> }> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = (server as unknown as { server: Server }).server.address() as AddressInfo;
  return { port, mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/**
 * A webhook receiver: checks each call's signature with the secret registered for its path, and
 * answers with the status set for the path (200 by default).
 */
export async function startWebhookServer() {
  const calls: WebhookCall[] = [];
  const secrets = new Map<string, string>();
  const statuses = new Map<string, number>();
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = req.url ?? '/';
      const secret = secrets.get(path) ?? '';
      const timestamp = String(req.headers['x-jalin-timestamp'] ?? '');
      const signature = String(req.headers['x-jalin-signature'] ?? '');
      calls.push({ path, at: Date.now(), body, signatureValid: verifyWebhook(secret, timestamp, body, signature) });
      res.statusCode = statuses.get(path) ?? 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    calls,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    register(path: string, secret: string, status = 200) {
      secrets.set(path, secret);
      statuses.set(path, status);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A graphql-ws client of the API (ws implementation for Node), not retrying. */
export function wsClient(apiUrl: string, token: string | null, onClosed?: (code: number) => void, params: Record<string, unknown> = {}): Client {
  return createClient({
    url: apiUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    connectionParams: { ...params, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    on: { closed: (event) => onClosed?.((event as { code: number }).code) },
    onNonLazyError: () => undefined,
  });
}

/**
 * One scratch database with the real API and worker in-process, e-mail to a local SMTP server and
 * webhooks allowed to loopback over http (NOTIFICATIONS_ALLOW_PRIVATE_WEBHOOKS, for tests only),
 * with fast retries.
 */
export class NotificationWorld {
  private constructor(
    readonly run: ScratchRun,
    readonly api: RunningApi,
    readonly worker: INestApplicationContext,
    readonly anonymous: GraphqlClient,
    readonly smtp: Awaited<ReturnType<typeof startSmtpServer>>,
    readonly webhooks: Awaited<ReturnType<typeof startWebhookServer>>,
    readonly config: AppConfig,
  ) {}

  static async start(tag: string, overrides: Record<string, string> = {}): Promise<NotificationWorld> {
    const run = await startScratchRun(tag);
    const smtp = await startSmtpServer();
    const webhooks = await startWebhookServer();
    const config = testConfig({
      ...run.env,
      OUTBOX_POLL_MS: '50',
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      NOTIFICATIONS_ALLOW_PRIVATE_WEBHOOKS: 'true',
      NOTIFICATION_DELIVERY_ATTEMPTS: '3',
      NOTIFICATION_RETRY_DELAY_MS: '300',
      PUBLIC_URL: 'https://jalin.example.id',
      ...overrides,
    });
    const api = await startApi(config);
    const worker = await startWorker(config);
    return new NotificationWorld(run, api, worker, new GraphqlClient(api.url), smtp, webhooks, config);
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    await this.api?.close();
    await this.smtp?.close();
    await this.webhooks?.close();
    await waitFor('the app connections closed', async () => (await this.run.sql.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    )).rows[0].n, (n) => n <= this.run.sql.totalCount - 1, { timeoutMs: 5000 }).catch(() => undefined);
    await this.run?.drop();
  }

  buyer(): Promise<RegisteredAccount> {
    return registerAccount(this.anonymous, { role: 'BUYER' });
  }

  ikm(overrides: Record<string, unknown> = {}): Promise<RegisteredAccount & { profileId: string }> {
    return ikmWithProfile(this.anonymous, overrides);
  }

  /** A DINAS officer, created by an ADMIN written straight to the database (as BOOTSTRAP_ADMIN would). */
  async dinas(): Promise<GraphqlClient> {
    const someone = await registerAccount(this.anonymous, { role: 'BUYER' });
    await this.run.sql.query(`UPDATE organization SET kind = 'ADMIN' WHERE id = $1`, [someone.organizationId]);
    await this.run.sql.query(`UPDATE app_user SET role = 'ADMIN' WHERE id = $1`, [someone.userId]);
    const admin = this.anonymous.as((await this.anonymous.ok(`mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: someone.email, p: someone.password })).login.accessToken);
    const email = `dinas-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@tegalkab.go.id`;
    await admin.ok(`mutation M($input: StaffAccountInput!) { createStaffAccount(input: $input) { id } }`, {
      input: { email, password: 'correct horse battery', name: 'Petugas Dinas', role: 'DINAS' },
    });
    const data = await this.anonymous.ok(`mutation L($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: email, p: 'correct horse battery' });
    return this.anonymous.as(data.login.accessToken);
  }

  /** The notifications stored for a user, straight from the database, oldest first. */
  async stored(userId: string): Promise<{ id: string; type: string; event_id: string; title: string; data: Record<string, string> }[]> {
    return (await this.run.sql.query(`SELECT id, type, event_id::text, title, data FROM notification WHERE user_id = $1 ORDER BY created_at, id`, [userId])).rows;
  }

  async deliveries(notificationId: string): Promise<{ channel: string; status: string; attempts: number; last_error: string | null }[]> {
    return (await this.run.sql.query(`SELECT channel, status, attempts, last_error FROM notification_delivery WHERE notification_id = $1 ORDER BY channel`, [notificationId])).rows;
  }
}
