import { askUnreadCount, setUnreadCount, unreadCount } from '../../../apps/web/src/areas/inbox/unread-count';

/** A server answer the test releases by hand, to play the replies in any order. */
function pending(): { fetch: () => Promise<number>; answer: (n: number) => void } {
  let answer: (n: number) => void = () => undefined;
  const promise = new Promise<number>((resolve) => (answer = resolve));
  return { fetch: () => promise, answer };
}

describe('the unread badge', () => {
  beforeEach(() => setUnreadCount(0));

  it('ends on the count asked after "mark all read" committed, whichever answer comes back last', async () => {
    for (const staleLast of [false, true]) {
      setUnreadCount(1);
      setUnreadCount(0); // mark all read, on this device
      const duringWrite = pending(); // a live arrival asked while the write was in flight
      const afterCommit = pending();
      const asked = [askUnreadCount(duringWrite.fetch), askUnreadCount(afterCommit.fetch)];
      if (staleLast) {
        afterCommit.answer(0);
        duringWrite.answer(1);
      } else {
        duringWrite.answer(1);
        afterCommit.answer(0);
      }
      await Promise.all(asked);
      expect({ staleLast, badge: unreadCount() }).toEqual({ staleLast, badge: 0 });
    }
  });

  it('drops an answer asked before a change made on this device', async () => {
    setUnreadCount(3);
    const before = pending();
    const asked = askUnreadCount(before.fetch);
    setUnreadCount(0);
    before.answer(3);
    await asked;
    expect(unreadCount()).toBe(0);
  });

  it('shows a newer server count when nothing changed here', async () => {
    await askUnreadCount(() => Promise.resolve(2));
    expect(unreadCount()).toBe(2);
  });
});
