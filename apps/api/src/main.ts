import 'reflect-metadata';
import { InvalidConfigError, loadDeployedConfig } from '@jalin/config';
import { createApiApp } from './bootstrap-api';

async function main(): Promise<void> {
  const config = loadDeployedConfig();
  const app = await createApiApp(config);
  // On SIGTERM/SIGINT: drain, close, then exit 0 (Nest's default re-raises the signal, which
  // orchestrators and the demo see as a crash: exit code 143 instead of 0).
  app.enableShutdownHooks([], { useProcessExit: true });
  await app.listen(config.PORT, '0.0.0.0');
  console.log(JSON.stringify({ level: 30, app: 'api', msg: `Jalin API listening on http://localhost:${config.PORT}/graphql` }));
}

main().catch((error) => {
  console.error(error instanceof InvalidConfigError ? error.message : error);
  process.exit(1);
});
