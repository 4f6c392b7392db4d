import { DataSource } from 'typeorm';

/** The rollup triggers (AFTER … FOR EACH ROW/STATEMENT); the BEFORE triggers stamping the IKM's kecamatan stay on. */
const ROLLUP_TRIGGERS = [
  ['rfq', 'market_rfq_change'], ['rfq_match', 'market_match_insert'], ['rfq_match', 'market_match_delete'], ['rfq_match', 'market_match_move'],
  ['quote', 'market_quote_change'], ['deal', 'market_deal_change'],
] as const;

/** The benches' switch for their baseline without the dashboard's rollups (rebuild them after turning them back on). */
export async function setRollupTriggers(db: DataSource, enabled: boolean): Promise<void> {
  for (const [table, trigger] of ROLLUP_TRIGGERS) await db.query(`ALTER TABLE ${table} ${enabled ? 'ENABLE' : 'DISABLE'} TRIGGER ${trigger}`);
}
