import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The SQL files holding the current state of the database's functions and triggers, one per
 * concern, each owned by the library its code serves. Listed rather than globbed, like the
 * migrations; every file is idempotent (CREATE OR REPLACE FUNCTION, DROP TRIGGER IF EXISTS +
 * CREATE TRIGGER), so applying it to an up-to-date database changes nothing.
 */
export const DATABASE_CODE_FILES = [
  'libs/profiles/sql/capability-profile.sql',
  'libs/sourcing/sql/ikm-track-record.sql',
  'libs/sourcing/sql/lifecycle-status.sql',
  'libs/matching-index/sql/profile-vector.sql',
  'libs/dashboard/sql/market-rollups.sql',
] as const;

const REPOSITORY_ROOT = join(__dirname, '..', '..', '..', '..');

export function readDatabaseCodeFile(file: string): string {
  return readFileSync(join(REPOSITORY_ROOT, file), 'utf8');
}
