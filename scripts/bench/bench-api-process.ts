import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';

/** The real API in a process of its own (api-server.ts, started as main.ts starts it), so the server's timings are not this client's event loop. */
export interface BenchApiProcess {
  url: string;
  stop(): Promise<void>;
}

export async function startBenchApi(env: NodeJS.ProcessEnv): Promise<BenchApiProcess> {
  const api: ChildProcess = fork(join(__dirname, '..', 'run-ts.js'), [join('scripts', 'bench', 'api-server.ts'), 'jalin'], { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    api.once('message', (m: { port: number }) => resolve(m.port));
    api.once('exit', (code) => reject(new Error(`the API exited with ${code} before listening`)));
  });
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async stop() {
      if (api.exitCode !== null) return;
      const exited = new Promise((resolve) => api.once('exit', resolve));
      api.send('stop');
      await exited;
    },
  };
}
