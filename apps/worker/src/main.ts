import 'reflect-metadata';
import { InvalidConfigError, loadConfig } from '@jalin/config';
import { createWorkerApp } from './bootstrap-worker';

createWorkerApp(loadConfig())
  .then(() => {
    // eslint-disable-next-line no-console
    console.log(JSON.stringify({ level: 30, app: 'worker', msg: 'Jalin worker started' }));
  })
  .catch((error) => {
    // eslint-disable-next-line no-console
    console.error(error instanceof InvalidConfigError ? error.message : error);
    process.exit(1);
  });
