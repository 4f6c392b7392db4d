import { DealStatus } from '../deals/deal-status.enum';
import { MatchStatus } from '../matches/match-status.enum';
import { QuoteStatus } from '../quotes/quote-status.enum';
import { RfqStatus } from '../rfqs/rfq-status.enum';
import { DEAL_TRANSITIONS } from './deal-state-machine';
import { MATCH_TRANSITIONS } from './match-transitions';
import { QUOTE_TRANSITIONS } from './quote-transitions';
import { RFQ_TRANSITIONS } from './rfq-transitions';
import { fromStatesOf, mayTransition, TransitionTable } from './transition-table';

/** Every pair of statuses, checked against the steps written out by hand. */
function expectExactly<S extends string>(table: TransitionTable<S>, all: S[], allowed: [S, S][]): void {
  const expected = new Set(allowed.map(([from, to]) => `${from}>${to}`));
  for (const from of all) {
    for (const to of all) {
      expect({ step: `${from}>${to}`, ok: mayTransition(table, from, to) }).toEqual({ step: `${from}>${to}`, ok: expected.has(`${from}>${to}`) });
    }
  }
}

describe('status transition tables', () => {
  it('RFQ: OPEN ends AWARDED, CLOSED or CANCELLED, and every end is final', () => {
    const { OPEN, AWARDED, CLOSED, CANCELLED } = RfqStatus;
    expectExactly(RFQ_TRANSITIONS, Object.values(RfqStatus), [[OPEN, AWARDED], [OPEN, CLOSED], [OPEN, CANCELLED]]);
  });

  it('match: opened, declined, quoted or withdrawn while unanswered; a quoted one ends awarded or not', () => {
    const { NEW, VIEWED, DECLINED, QUOTED, AWARDED, NOT_AWARDED, EXPIRED } = MatchStatus;
    expectExactly(MATCH_TRANSITIONS, Object.values(MatchStatus), [
      [NEW, VIEWED], [NEW, DECLINED], [NEW, QUOTED], [NEW, EXPIRED],
      [VIEWED, DECLINED], [VIEWED, QUOTED], [VIEWED, EXPIRED],
      [QUOTED, AWARDED], [QUOTED, NOT_AWARDED],
    ]);
  });

  it('quote: SUBMITTED ends WITHDRAWN, AWARDED or REJECTED', () => {
    const { SUBMITTED, WITHDRAWN, AWARDED, REJECTED } = QuoteStatus;
    expectExactly(QUOTE_TRANSITIONS, Object.values(QuoteStatus), [[SUBMITTED, WITHDRAWN], [SUBMITTED, AWARDED], [SUBMITTED, REJECTED]]);
  });

  it('deal: the forward path, and cancelling before delivery', () => {
    const { AWARDED, PO_ISSUED, IN_PRODUCTION, DELIVERED, COMPLETED, CANCELLED } = DealStatus;
    expectExactly(DEAL_TRANSITIONS, Object.values(DealStatus), [
      [AWARDED, PO_ISSUED], [PO_ISSUED, IN_PRODUCTION], [IN_PRODUCTION, DELIVERED], [DELIVERED, COMPLETED],
      [AWARDED, CANCELLED], [PO_ISSUED, CANCELLED], [IN_PRODUCTION, CANCELLED],
    ]);
  });

  it('names the from-states of a target, and refuses a narrowing the table forbids', () => {
    expect(fromStatesOf(MATCH_TRANSITIONS, MatchStatus.EXPIRED).sort()).toEqual([MatchStatus.NEW, MatchStatus.VIEWED].sort());
    expect(fromStatesOf(MATCH_TRANSITIONS, MatchStatus.VIEWED, [MatchStatus.NEW])).toEqual([MatchStatus.NEW]);
    expect(() => fromStatesOf(MATCH_TRANSITIONS, MatchStatus.VIEWED, [MatchStatus.QUOTED])).toThrow('No transition QUOTED → VIEWED');
  });
});
