import 'reflect-metadata';
import { InvalidConfigError, loadConfig } from '@jalin/config';
import { createApiApp } from './bootstrap-api';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApiApp(config);
  await app.listen(config.PORT, '0.0.0.0');
  // eslint-disable-next-line no-console
  console.log(JSON.stringify({ level: 30, app: 'api', msg: `Jalin API listening on http://localhost:${config.PORT}/graphql` }));
}

main().catch((error) => {
  // eslint-disable-next-line no-console
  console.error(error instanceof InvalidConfigError ? error.message : error);
  process.exit(1);
});
