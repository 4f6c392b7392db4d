/** Best first: higher score, then profileId ascending by UTF-16 code units (locale-independent). */
export function compareByScoreThenProfileId(
  a: { score: number; profileId: string },
  b: { score: number; profileId: string },
): number {
  if (a.score !== b.score) return b.score - a.score;
  return a.profileId < b.profileId ? -1 : a.profileId > b.profileId ? 1 : 0;
}
