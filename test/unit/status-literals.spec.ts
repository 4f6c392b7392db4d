/**
 * The lifecycle statuses of RFQs, matches, quotes and deals are named through sourcing's enums
 * (@jalin/sourcing/statuses), never spelled as strings: a quoted 'OPEN' or "CANCELLED" in an app or
 * another library is a copy the compiler does not follow when a status is renamed, added or dropped.
 * The statuses come from the enums themselves, so a new one is guarded without editing this file.
 *
 * Outside the guard: sourcing itself (the owner), the migrations (SQL frozen at the time they were
 * written) and tests (test/ and *.spec.ts: they assert what the API sends). Scripts (demo, benches)
 * are guarded too: their hand-made SQL interpolates or binds the enum values.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as statuses from '@jalin/sourcing/statuses';

const root = join(__dirname, '..', '..');

/** Every enum of the statuses entry but DealSide: a deal's party, whose values are also role names ('BUYER', 'IKM'). */
const { DealSide: _party, ...lifecycle } = statuses;
const STATUS_VALUES = [...new Set(Object.values(lifecycle).flatMap((e) => Object.values(e as Record<string, string>)))].sort();

/** Files allowed to hold a value that is also a lifecycle status, each for its own enum of the same spelling. */
const ALLOWED: Record<string, string> = {
  'libs/notifications/src/notification-channel.enum.ts': "DeliveryStatus declares its own PENDING and FAILED (a notification's delivery)",
};

/** A status value alone between matching quotes: 'OPEN', "OPEN" or `OPEN`, not RfqStatus.OPEN or "step-OPEN". */
const literal = new RegExp(`(['"\`])(${STATUS_VALUES.join('|')})\\1`, 'g');

function statusLiterals(text: string): { line: number; literal: string }[] {
  return [...text.matchAll(literal)].map((m) => ({ line: text.slice(0, m.index).split('\n').length, literal: m[0] }));
}

const guarded = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '--', '*.ts', '*.tsx'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((file) => file && !file.startsWith('libs/sourcing/') && !file.startsWith('test/'))
  .filter((file) => !file.includes('/migrations/') && !file.endsWith('.spec.ts') && !file.endsWith('.spec.tsx'));
const hitsByFile = new Map(guarded.map((file) => [file, statusLiterals(readFileSync(join(root, file), 'utf8'))] as const));

describe('lifecycle status literals', () => {
  it('takes the statuses from the enums, the web app among the guarded files', () => {
    expect(STATUS_VALUES).toEqual(expect.arrayContaining(['OPEN', 'NOT_AWARDED', 'PO_ISSUED', 'SUBMITTED', 'PENDING', 'AWARDED_TO_OTHERS']));
    expect(STATUS_VALUES).not.toContain('BUYER');
    expect(guarded).toEqual(expect.arrayContaining(['apps/web/src/areas/buyer/MatchList.tsx', 'apps/api/src/main.ts']));
  });

  it('finds a quoted status but not an enum member or a longer string', () => {
    expect(statusLiterals(`if (rfq.status === 'OPEN') x = "CANCELLED";\nconst y = \`PO_ISSUED\`;`)).toEqual([
      { line: 1, literal: "'OPEN'" }, { line: 1, literal: '"CANCELLED"' }, { line: 2, literal: '`PO_ISSUED`' },
    ]);
    expect(statusLiterals(`rfq.status === RfqStatus.OPEN; data-testid="step-CANCELLED"; 'OPENING'; OPEN: 'Terbuka'`)).toEqual([]);
  });

  it('are not written outside sourcing, its migrations and the tests', () => {
    const found = [...hitsByFile].filter(([file]) => !(file in ALLOWED))
      .flatMap(([file, hits]) => hits.map((hit) => `${file}:${hit.line}: ${hit.literal}`));
    expect(found).toEqual([]);
  });

  it('keeps no allowance that is no longer needed', () => {
    const unused = Object.keys(ALLOWED).filter((file) => !hitsByFile.get(file)?.length);
    expect(unused).toEqual([]);
  });
});
