/**
 * Polls `probe` until it returns a value `done` accepts, or fails after `timeoutMs` with the last
 * value seen, so a test that waits for something asynchronous (a relay, a worker) is bounded and
 * says what it was waiting for.
 */
export async function waitFor<T>(
  description: string,
  probe: () => Promise<T>,
  done: (value: T) => boolean = Boolean,
  { timeoutMs = 15000, intervalMs = 100 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (done(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const seen = lastError ? `error ${(lastError as Error).message}` : JSON.stringify(last);
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${description}; last seen: ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
