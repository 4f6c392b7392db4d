import autocannon from 'autocannon';

/**
 * The load generator of `npm run bench:api`, in a process of its own so it never shares an event
 * loop with a server under test: receives one autocannon run over IPC, sends back the figures.
 */
export interface LoadRun {
  url: string;
  token: string;
  body: string;
  connections: number;
  durationSeconds: number;
  /** When set, every response body must equal it (mismatches are counted); used for the warm-up. */
  expectBody?: string;
}

export interface LoadResult {
  requests: number;
  durationSeconds: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  mismatches: number;
  /** This load generator's own CPU time over the run (user + system). */
  cpuMs: number;
}

process.on('message', (run: LoadRun) => void (async () => {
  const cpuBefore = process.cpuUsage();
  const result = await autocannon({
    url: run.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${run.token}` },
    body: run.body,
    connections: run.connections,
    duration: run.durationSeconds,
    pipelining: 1,
    timeout: 10,
    ...(run.expectBody !== undefined ? { expectBody: run.expectBody } : {}),
  });
  const seconds = result.duration;
  const out: LoadResult = {
    requests: result.requests.total,
    durationSeconds: seconds,
    rps: result.requests.total / seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    mismatches: (result as unknown as { mismatches?: number }).mismatches ?? 0,
    cpuMs: ((cpu) => (cpu.user + cpu.system) / 1000)(process.cpuUsage(cpuBefore)),
  };
  process.send!(out, () => process.exit(0));
})());
