import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { Queue } from 'bullmq';
import { SMTPServer } from 'smtp-server';
import { QueueName } from '@jalin/jobs';
import { verifyWebhook } from '@jalin/notifications';
import { ScratchRun } from '../../support/scratch-run';
import { startWorkerRun, WorkerRun } from '../../support/worker-run';
import { waitFor } from '../../support/wait-for';

jest.setTimeout(90000);

const SECRET = 'e2e-webhook-secret-0123456789abcdef';

/**
 * The notifications worker killed with SIGKILL while an e-mail and a webhook call are in flight
 * (the test's SMTP and HTTP servers hold the first of each unanswered): the jobs' claims lapse,
 * another worker delivers them, and the event ends with one stored notification, one delivery
 * row per channel, all SENT, and one accepted e-mail.
 */
describe('notifications worker killed mid-delivery', () => {
  let workerRun: WorkerRun;
  let run: ScratchRun;
  let queue: Queue;
  let smtp: SMTPServer;
  let webhook: Server;
  const accepted: string[] = [];
  let smtpHeld = 0;
  const webhookCalls: { notificationId: string; signatureValid: boolean }[] = [];
  const heldResponses: ServerResponse[] = [];

  beforeAll(async () => {
    workerRun = await startWorkerRun('notif_kill', QueueName.Notifications);
    ({ run, queue } = workerRun);
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          // The first message is never acknowledged: its sender is killed while waiting.
          if (smtpHeld++ === 0) return;
          accepted.push(session.envelope.rcptTo.map((r) => r.address).join());
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
    webhook = createServer((req: IncomingMessage, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        webhookCalls.push({
          notificationId: JSON.parse(body).notification.id,
          signatureValid: verifyWebhook(SECRET, String(req.headers['x-jalin-timestamp']), body, String(req.headers['x-jalin-signature'])),
        });
        if (webhookCalls.length === 1) heldResponses.push(res); // never answered
        else res.end('ok');
      });
    });
    await new Promise<void>((resolve) => webhook.listen(0, '127.0.0.1', () => resolve()));
  });

  afterAll(async () => {
    await workerRun?.close();
    for (const res of heldResponses) res.destroy();
    await new Promise<void>((resolve) => smtp?.close(() => resolve()));
    webhook?.closeAllConnections();
    await new Promise<void>((resolve) => webhook?.close(() => resolve()));
  });

  const startWorker = async () => {
    const smtpPort = ((smtp as unknown as { server: Server }).server.address() as AddressInfo).port;
    return workerRun.startWorker({
      JOB_LOCK_DURATION_MS: '2000', SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, NOTIFICATIONS_ALLOW_PRIVATE_WEBHOOKS: 'true',
      NOTIFICATION_RETRY_DELAY_MS: '200', NOTIFICATION_WEBHOOK_TIMEOUT_MS: '60000',
    });
  };

  /** An IKM user wanting all channels, and a "profile verified" event for its organization, written as the API would. */
  const seed = async (): Promise<{ userId: string; eventId: string }> => {
    const { rows: [org] } = await run.sql.query(`INSERT INTO organization (name, kind) VALUES ('CV Logam Talang', 'IKM') RETURNING id`);
    const { rows: [user] } = await run.sql.query(
      `INSERT INTO app_user (organization_id, email, password_hash, name, role) VALUES ($1, 'pemilik@logam-talang.test', 'x', 'Pemilik', 'IKM') RETURNING id`,
      [org.id],
    );
    const port = (webhook.address() as AddressInfo).port;
    await run.sql.query(
      `INSERT INTO notification_preference (user_id, channels, webhook_url, webhook_secret) VALUES ($1, '{IN_APP,EMAIL,WEBHOOK}', $2, $3)`,
      [user.id, `http://127.0.0.1:${port}/wa-gateway`, SECRET],
    );
    const { rows: [event] } = await run.sql.query(
      `INSERT INTO outbox_event (name, payload) VALUES ('profiles.profile-verified', $1) RETURNING id::text`,
      [{ profileId: '00000000-0000-4000-8000-000000000001', organizationId: org.id, verificationId: '00000000-0000-4000-8000-000000000002', byUserId: user.id, note: null }],
    );
    return { userId: user.id, eventId: event.id };
  };

  it('delivers each channel once after another worker takes the jobs over', async () => {
    const { userId, eventId } = await seed();
    const first = await startWorker();
    await waitFor('the e-mail and the webhook call in flight', async () => [smtpHeld, webhookCalls.length], ([m, w]) => m === 1 && w === 1, { timeoutMs: 20000 });
    first.signal('SIGKILL');
    expect((await first.waitForExit(10000)).signal).toBe('SIGKILL');

    await startWorker();
    const deliveries = await waitFor(
      'every delivery SENT by the second worker',
      async () => (await run.sql.query(
        `SELECT d.channel::text, d.status::text FROM notification_delivery d JOIN notification n ON n.id = d.notification_id WHERE n.user_id = $1 ORDER BY d.channel`,
        [userId],
      )).rows,
      (rows) => rows.length === 3 && rows.every((r) => r.status === 'SENT'),
      { timeoutMs: 40000 },
    );
    expect(deliveries).toEqual([{ channel: 'IN_APP', status: 'SENT' }, { channel: 'EMAIL', status: 'SENT' }, { channel: 'WEBHOOK', status: 'SENT' }]);
    const { rows: notifications } = await run.sql.query(`SELECT id, event_id::text AS "eventId" FROM notification WHERE user_id = $1`, [userId]);
    expect(notifications).toEqual([{ id: expect.any(String), eventId }]);
    expect(accepted).toEqual(['pemilik@logam-talang.test']);
    // The receiver saw the unanswered call and the retry: same notification id (its key to dedupe), both signed.
    expect(webhookCalls).toEqual([
      { notificationId: notifications[0].id, signatureValid: true },
      { notificationId: notifications[0].id, signatureValid: true },
    ]);
    expect(await queue.getJobCounts('active', 'failed', 'waiting')).toEqual({ active: 0, failed: 0, waiting: 0 });
  });
});
