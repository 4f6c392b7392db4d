import 'reflect-metadata';
import { InvalidConfigError, loadConfig } from '@jalin/config';
import { createJalinDataSource } from '@jalin/db-schema';
import { DEMO_PASSWORD, DemoSeedRefusedError, demoLogins, refuseDemoSeedInProduction } from '@jalin/demo-data';
import { redactUrl } from './demo/lines';
import { formatLoginsTable } from './demo/logins-table';
import { seedDemoData } from './demo/seed-demo-data';

/**
 * `npm run demo:seed`: loads the demo data into the migrated database of DATABASE_URL (keeping
 * what is there; `npm run demo` runs the same code) and lists every demo login.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  refuseDemoSeedInProduction(config.NODE_ENV);
  const dataSource = await createJalinDataSource({ DATABASE_URL: config.DATABASE_URL, DATABASE_POOL_SIZE: 2 }, 'jalin-demo-seed')
    .initialize()
    .catch((error: Error) => {
      throw new InvalidConfigError([`cannot use the database of DATABASE_URL (${redactUrl(config.DATABASE_URL)}): ${error.message}; \`npm run db:migrate\` creates and migrates it`]);
    });
  try {
    if (await dataSource.showMigrations()) {
      throw new InvalidConfigError([`the database of DATABASE_URL has pending migrations: run \`npm run db:migrate\` first`]);
    }
    await seedDemoData(dataSource, (line) => console.log(line));
  } finally {
    await dataSource.destroy();
  }
  console.log(`\nDemo logins (one password for all: ${DEMO_PASSWORD}):`);
  console.log(formatLoginsTable(demoLogins({ all: true })));
}

main().catch((error) => {
  console.error(error instanceof InvalidConfigError || error instanceof DemoSeedRefusedError ? error.message : error);
  process.exit(1);
});
