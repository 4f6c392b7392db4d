/** The unread count shown in the header and the nav; the inbox keeps it current. */
let count = 0;
/** Bumped by every local change (read on this device, sign-out, an inbox load). */
let localChange = 0;
/** Server counts are numbered as asked; an answer older than one already shown is dropped. */
let asked = 0;
let shown = 0;
const listeners = new Set<(n: number) => void>();

/** Called with the count every time it is shown. */
export function onUnreadCount(listener: (n: number) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export const unreadCount = (): number => count;

function show(n: number): void {
  count = Math.max(0, n);
  listeners.forEach((listener) => listener(count));
}

export function setUnreadCount(n: number): void {
  localChange += 1;
  show(n);
}

/**
 * Asks the server for the count. The answer is shown unless the badge changed on this device
 * after the question, or a later question was answered first: asking again after a write
 * commits therefore always ends on the committed count.
 */
export function askUnreadCount(fetchCount: () => Promise<number>): Promise<void> {
  const question = ++asked;
  const changeAtQuestion = localChange;
  return fetchCount().then(
    (n) => {
      if (question <= shown || changeAtQuestion !== localChange) return;
      shown = question;
      show(n);
    },
    () => undefined,
  );
}
