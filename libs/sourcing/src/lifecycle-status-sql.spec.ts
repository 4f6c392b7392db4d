import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DealStatus } from './deals/deal-status.enum';
import { MatchStatus } from './matches/match-status.enum';
import { QuoteStatus } from './quotes/quote-status.enum';
import { RfqStatus } from './rfqs/rfq-status.enum';

const root = join(__dirname, '..', '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const ENUM_OF_TYPE: Record<string, Record<string, string>> = { rfq_status: RfqStatus, deal_status: DealStatus };
const STATUS_NAMES = new Set<string>([RfqStatus, DealStatus, MatchStatus, QuoteStatus].flatMap((e) => Object.values(e)));

/**
 * Sourcing owns the lifecycle, in SQL too: other libraries' database code asks its status
 * questions (sourcing_rfq_open, sourcing_deal_cancelled, …), so renaming a status is one change here.
 */
describe("sourcing's SQL status questions", () => {
  it('name statuses of the TypeScript enum of their parameter type', () => {
    const questions = [...read('libs/sourcing/sql/lifecycle-status.sql').matchAll(
      /FUNCTION public\.(sourcing_\w+)\(s (\w+)\)[\s\S]*?SELECT s = '(\w+)' \$function\$/g,
    )].map(([, name, type, literal]) => ({ name, type, literal }));
    expect(questions.map((q) => q.name)).toEqual(['sourcing_deal_cancelled', 'sourcing_deal_completed', 'sourcing_rfq_open']);
    for (const { type, literal } of questions) expect(Object.values(ENUM_OF_TYPE[type])).toContain(literal);
  });

  it('are the only status literals in the database code outside sourcing', () => {
    const sqlFiles = readdirSync(join(root, 'libs'), { recursive: true, encoding: 'utf8' }).filter((file) => /^[^/]+\/sql\/[^/]+\.sql$/.test(file));
    expect(sqlFiles).toContain('dashboard/sql/market-rollups.sql');
    const foreign = sqlFiles.filter((file) => !file.startsWith('sourcing/')).map((file) => `libs/${file}`)
      .flatMap((file) => [...read(file).matchAll(/'([A-Z_]+)'/g)].map(([, literal]) => literal).filter((literal) => STATUS_NAMES.has(literal)).map((literal) => `${file}: ${literal}`));
    expect(foreign).toEqual([]);
  });
});
