import { DataSource } from 'typeorm';
import { DemoSeedRefusedError, refuseDemoSeedInProduction, runDemoSeed } from '@jalin/demo-data';

describe('the demo seed in production', () => {
  const nodeEnv = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = nodeEnv;
  });

  it('refuses before touching the database when NODE_ENV is production', async () => {
    process.env.NODE_ENV = 'production';
    // Never initialized: had the seed gone on, it would fail on the connection, not refuse.
    const dataSource = new DataSource({ type: 'postgres', url: 'postgres://127.0.0.1:1/none' });
    await expect(runDemoSeed(dataSource)).rejects.toBeInstanceOf(DemoSeedRefusedError);
    await expect(runDemoSeed(dataSource)).rejects.toThrow(/NODE_ENV=production/);
  });

  it('runs for development and tests', () => {
    expect(() => refuseDemoSeedInProduction('development')).not.toThrow();
    expect(() => refuseDemoSeedInProduction('test')).not.toThrow();
    expect(() => refuseDemoSeedInProduction('production')).toThrow(DemoSeedRefusedError);
  });
});
