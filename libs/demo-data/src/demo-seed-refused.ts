/**
 * The demo's accounts share one published password: its data must never reach a production
 * database. Thrown before the seed writes anything when NODE_ENV is production.
 */
export class DemoSeedRefusedError extends Error {
  constructor() {
    super('the demo data is not loaded with NODE_ENV=production: its accounts share a published password. Use NODE_ENV=development for a demo database.');
    this.name = 'DemoSeedRefusedError';
  }
}

export function refuseDemoSeedInProduction(nodeEnv: string | undefined = process.env.NODE_ENV): void {
  if (nodeEnv === 'production') throw new DemoSeedRefusedError();
}
