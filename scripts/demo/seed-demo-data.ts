import { runDemoSeed } from '@jalin/demo-data';
import { DataSource } from 'typeorm';

/** Loads the demo data (the code of `npm run demo:seed`) and says what it created and kept. */
export async function seedDemoData(dataSource: DataSource, log: (line: string) => void): Promise<void> {
  const started = Date.now();
  const { tally } = await runDemoSeed(dataSource);
  const parts = [...tally].map(([kind, t]) => `${kind}: ${t.created} created, ${t.kept} kept`);
  log(`demo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s (${parts.join('; ') || 'nothing to do'})`);
}
