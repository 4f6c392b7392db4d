import { DataSource } from 'typeorm';
import { loadConfig } from '@jalin/config';
import { createJalinDataSource } from '@jalin/db-schema';
import { DemoSeedStep, runDemoSeed } from '@jalin/demo-data';
import { ScratchRun, startScratchRun } from '../../support/scratch-run';
import { waitFor } from '../../support/wait-for';

jest.setTimeout(60000);

/**
 * A demo seed next to a running worker: PostgreSQL may pick the seed's step as a deadlock victim.
 * Here a real deadlock is made on purpose (the step locks row 1 then row 2, another transaction
 * row 2 then row 1); the step is run again and the seed ends as if nothing had happened.
 */
describe('demo seed: a step chosen as deadlock victim', () => {
  let run: ScratchRun;
  let dataSource: DataSource;

  beforeAll(async () => {
    run = await startScratchRun('demo_seed_retry');
    dataSource = await createJalinDataSource(loadConfig({ ...process.env, ...run.env }), 'jalin-demo-seed-retry').initialize();
    await run.sql.query('CREATE TABLE probe (id int PRIMARY KEY, writes int NOT NULL DEFAULT 0)');
    await run.sql.query('INSERT INTO probe (id) VALUES (1), (2)');
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await run?.drop();
  });

  const waitingOnLocks = async () =>
    Number((await run.sql.query(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)).rows[0].n);

  it('runs the step again from the same context, and counts its rows once', async () => {
    let attempts = 0;
    let other: Promise<void> | undefined;
    const step: DemoSeedStep = {
      name: 'probe',
      async run(manager, context) {
        attempts++;
        context.record('probe rows', 'created', 2);
        await manager.query('UPDATE probe SET writes = writes + 1 WHERE id = 1');
        if (attempts === 1) {
          other = crossTheStep();
          await waitFor('the other transaction holds row 2', async () => holding, (held) => held, { timeoutMs: 10000 });
        }
        await manager.query('UPDATE probe SET writes = writes + 1 WHERE id = 2');
      },
    };
    let holding = false;
    /** Takes row 2, then, once the step waits for it, asks for row 1: a cycle the step's backend finds first. */
    const crossTheStep = async () => {
      const client = await run.sql.connect();
      try {
        await client.query('BEGIN');
        await client.query(`SET LOCAL deadlock_timeout = '20s'`);
        await client.query('UPDATE probe SET writes = writes + 1 WHERE id = 2');
        holding = true;
        await waitFor('the step waits for row 2', waitingOnLocks, (n) => n >= 1, { timeoutMs: 10000 });
        await client.query('UPDATE probe SET writes = writes + 1 WHERE id = 1');
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    };

    const result = await runDemoSeed(dataSource, { steps: [step], passwords: { hash: async () => 'x' } });
    await other;

    expect(attempts).toBe(2);
    expect(result.tally.get('probe rows')).toEqual({ created: 2, kept: 0 });
    // The first attempt's writes were rolled back: one write each by the step, one by the other.
    const { rows } = await run.sql.query('SELECT id, writes FROM probe ORDER BY id');
    expect(rows).toEqual([{ id: 1, writes: 2 }, { id: 2, writes: 2 }]);
  });

  it('still fails, naming the step, on an error that a second run would not cure', async () => {
    const step: DemoSeedStep = { name: 'broken', run: async (manager) => { await manager.query('SELECT * FROM no_such_table'); } };
    await expect(runDemoSeed(dataSource, { steps: [step], passwords: { hash: async () => 'x' } })).rejects.toThrow(/demo seed step "broken" failed: relation "no_such_table" does not exist/);
  });
});
