import 'reflect-metadata';
import { InvalidConfigError, loadDeployedConfig } from '@jalin/config';
import { createWorkerApp } from './bootstrap-worker';

// Inside the chain, so a configuration problem is printed as its message like any start-up failure.
Promise.resolve()
  .then(() => createWorkerApp(loadDeployedConfig()))
  .then((app) => {
    // On SIGTERM/SIGINT: stop taking jobs, let active ones finish, close, then exit 0 (Nest's
    // default re-raises the signal: exit code 143 instead of 0).
    app.enableShutdownHooks([], { useProcessExit: true });
    console.log(JSON.stringify({ level: 30, app: 'worker', msg: 'Jalin worker started' }));
  })
  .catch((error) => {
    console.error(error instanceof InvalidConfigError ? error.message : error);
    process.exit(1);
  });
