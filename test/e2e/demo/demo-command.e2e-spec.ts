import { Client } from 'pg';
import { dropDatabase } from '@jalin/database';
import { DEMO_ORGANIZATIONS, DEMO_PASSWORD } from '@jalin/demo-data';
import { demoProfiles } from '@jalin/profiles';
import { GraphqlClient, login } from '@jalin/testing';
import { findFreePort, isPortOpen } from '../../../scripts/demo/ports';
import { DemoProcess, processAlive } from './demo-process';

const READY_TIMEOUT_MS = 120000;
jest.setTimeout(READY_TIMEOUT_MS + 60000);
const ME = `{ me { id email role organization { id name kind } } }`;

/**
 * `npm run demo` on a fresh database of the local server (created by the demo itself): it comes
 * up, prints the GraphQL URL and logins that work, stops cleanly on SIGTERM, and a second start
 * keeps what the first one loaded.
 */
describe('npm run demo', () => {
  const databaseUrl = (() => {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `${url.pathname}_demo`;
    return url.toString();
  })();
  let port: number;
  let env: NodeJS.ProcessEnv;
  let demo: DemoProcess | undefined;
  const sql = () => new Client({ connectionString: databaseUrl });

  const countRows = async () => {
    const client = sql();
    await client.connect();
    try {
      const { rows } = await client.query<{ organizations: number; users: number; not_demo: number }>(`
        SELECT (SELECT count(*)::int FROM organization) AS organizations,
               (SELECT count(*)::int FROM app_user) AS users,
               (SELECT count(*)::int FROM organization WHERE NOT is_demo) + (SELECT count(*)::int FROM app_user WHERE NOT is_demo) AS not_demo`);
      return rows[0];
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    await dropDatabase(databaseUrl);
    port = await findFreePort();
    env = { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}:demo`, LOG_LEVEL: 'warn' };
  });

  afterAll(async () => {
    // Only after a failed test: the api and worker follow a killed demo (they watch its channel).
    if (demo?.running) await demo.stop('SIGKILL', 10000).catch(() => undefined);
    await dropDatabase(databaseUrl);
  });

  let firstUserId: string;
  let firstCounts: { organizations: number; users: number };

  it('creates the database, loads the demo data, serves GraphQL and logs in with a printed login', async () => {
    demo = new DemoProcess(env);
    const [, url] = await demo.waitFor(/GraphQL: (http:\/\/localhost:\d+\/graphql)/, READY_TIMEOUT_MS);
    expect(url).toBe(`http://localhost:${port}/graphql`);
    expect(demo.output).toMatch(/created database \w+_demo/);

    const logins = demo.logins();
    expect(new Set(logins.map((l) => l.role))).toEqual(new Set(['DINAS', 'BUYER', 'IKM', 'ADMIN']));
    expect(logins.filter((l) => l.role === 'BUYER')).toHaveLength(3);
    expect(new Set(logins.map((l) => l.password))).toEqual(new Set([DEMO_PASSWORD]));

    const api = new GraphqlClient(url);
    for (const printed of logins.filter((l) => ['DINAS', 'BUYER'].includes(l.role))) {
      const session = await login(api, printed.email, printed.password);
      const { me } = await api.as(session.accessToken).ok(ME);
      expect(me).toMatchObject({ email: printed.email, role: printed.role, organization: { name: printed.organization, kind: printed.role } });
      if (printed.role === 'DINAS') firstUserId = me.id;
    }
    expect(firstUserId).toBeDefined();

    firstCounts = await countRows();
    const demoUsers = DEMO_ORGANIZATIONS.flatMap((o) => o.users).length;
    // The accounts with logins, plus the wider directory of demo workshops (profiles only).
    expect(firstCounts).toEqual({ organizations: DEMO_ORGANIZATIONS.length + demoProfiles().length, users: demoUsers, not_demo: 0 });
  });

  it('stops on SIGTERM with exit code 0, and the api and worker are gone', async () => {
    const pids = demo!.appPids();
    expect(pids).toHaveLength(2);
    expect(pids.every(processAlive)).toBe(true);

    const exit = await demo!.stop('SIGTERM');
    expect(exit).toEqual({ code: 0, signal: null });
    expect(await isPortOpen(port)).toBe(false);
    expect(pids.filter(processAlive)).toEqual([]);
  });

  it('keeps the data on a second start: same user, no duplicate organizations', async () => {
    demo = new DemoProcess(env);
    const [, url] = await demo.waitFor(/GraphQL: (http:\/\/localhost:\d+\/graphql)/, READY_TIMEOUT_MS);
    expect(demo.output).toMatch(/database \w+_demo exists: keeping its data/);
    expect(demo.output).not.toMatch(/created database/);

    const api = new GraphqlClient(url);
    const dinas = demo.logins().find((l) => l.role === 'DINAS')!;
    const session = await login(api, dinas.email, dinas.password);
    expect(session.user.id).toBe(firstUserId);
    const { me } = await api.as(session.accessToken).ok(ME);
    expect(me.id).toBe(firstUserId);
    expect(await countRows()).toEqual(firstCounts);

    expect(await demo.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    expect(await isPortOpen(port)).toBe(false);
  });

  it('stops everything and exits non-zero, saying why, when the api dies', async () => {
    demo = new DemoProcess(env);
    await demo.waitFor(/GraphQL: http:\/\/localhost:\d+\/graphql/, READY_TIMEOUT_MS);
    const [apiPid, workerPid] = demo.appPids();
    process.kill(apiPid, 'SIGKILL');

    const exit = await demo.exited;
    expect(exit.code).toBe(1);
    expect(demo.output).toMatch(/api exited on SIGKILL/);
    expect(demo.output).toMatch(/stopping the demo/);
    expect(processAlive(workerPid)).toBe(false);
    expect(await isPortOpen(port)).toBe(false);
  });
});
