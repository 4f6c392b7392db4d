import { isDeepStrictEqual } from 'node:util';
import { OracleDashboard } from '../../test/support/dashboard-oracle';

/** Where an answer differs from the oracle, figure family by figure family (shortened), for a bench's warning. */
export function describeDifference(api: OracleDashboard, oracle: OracleDashboard): string {
  const out: string[] = [];
  for (const key of Object.keys(oracle) as (keyof OracleDashboard)[]) {
    if (!isDeepStrictEqual(api[key], oracle[key])) out.push(`${key}: api ${JSON.stringify(api[key]).slice(0, 300)} vs oracle ${JSON.stringify(oracle[key]).slice(0, 300)}`);
  }
  return out.join('; ');
}
