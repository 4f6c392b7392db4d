import { compareByScoreThenProfileId } from './compare-matches';
import type { RfqSpec } from './rfq-spec';
import { roundTo6 } from './rounding';

/** What a consortium needs from a match; RankedMatch satisfies it. */
export interface ConsortiumCandidate {
  profileId: string;
  score: number;
  /** Units this IKM can make by neededBy. */
  deliverableQuantity: number;
}

interface ConsortiumAllocation {
  profileId: string;
  quantity: number;
}

export interface ConsortiumSuggestion<T extends ConsortiumCandidate = ConsortiumCandidate> {
  /** Best member first (score descending, then profileId). */
  members: T[];
  /** Suggested split of the RFQ quantity, aligned with members. */
  allocations: ConsortiumAllocation[];
  /** Sum of the members' deliverable quantities; >= the RFQ quantity. */
  coveredQuantity: number;
  /** Σ(allocated × member score) / quantity: the expected match score of a delivered unit. */
  score: number;
}

const MAX_CONSORTIUM_SUGGESTIONS = 3;
const MIN_CONSORTIUM_MEMBERS = 2;
const MAX_CONSORTIUM_MEMBERS = 5;
/** Only the best 20 matches are combined: at most Σ C(20, 2..5) = 21,679 groups are examined. */
export const CONSORTIUM_POOL_SIZE = 20;

/**
 * When no single match can deliver the whole quantity by neededBy, proposes up to 3 groups of
 * 2..5 matches that together can. Only minimal groups are proposed (dropping any member would
 * leave the quantity uncovered), so no suggestion carries a passenger. Quantity goes to the
 * best-scoring members first. Groups are ordered by score desc, then fewer members, then member
 * profileIds. Returns [] when one match suffices or no group covers the quantity.
 */
export function suggestConsortia<T extends ConsortiumCandidate>(
  rfq: Pick<RfqSpec, 'quantity'>,
  matches: readonly T[],
): ConsortiumSuggestion<T>[] {
  const quantity = rfq.quantity;
  if (matches.some((m) => m.deliverableQuantity >= quantity)) return [];

  const pool = matches
    .filter((m) => m.deliverableQuantity > 0)
    .sort(compareByScoreThenProfileId)
    .slice(0, CONSORTIUM_POOL_SIZE);

  // Only groups that enter the current best few become suggestion objects.
  const best: ConsortiumSuggestion<T>[] = [];
  forEachMinimalCover(pool, quantity, (group) => {
    const ranked = { members: group, score: groupScore(group, quantity) };
    const worst = best[best.length - 1];
    if (best.length === MAX_CONSORTIUM_SUGGESTIONS && compareGroups(ranked, worst) >= 0) return;
    best.push(buildSuggestion([...group], quantity));
    best.sort(compareGroups);
    if (best.length > MAX_CONSORTIUM_SUGGESTIONS) best.pop();
  });
  return best;
}

/** Calls visit with each index-ascending group of 2..5 that covers the quantity with every member needed. */
function forEachMinimalCover<T extends ConsortiumCandidate>(
  pool: readonly T[],
  quantity: number,
  visit: (group: readonly T[]) => void,
): void {
  const chosen: T[] = [];
  const extend = (start: number, total: number): void => {
    for (let i = start; i < pool.length; i++) {
      const newTotal = total + pool[i].deliverableQuantity;
      chosen.push(pool[i]);
      if (newTotal >= quantity) {
        // Supersets of a covering group are never minimal, so stop extending here.
        if (chosen.length >= MIN_CONSORTIUM_MEMBERS && isMinimal(chosen, newTotal, quantity)) visit(chosen);
      } else if (chosen.length < MAX_CONSORTIUM_MEMBERS) {
        extend(i + 1, newTotal);
      }
      chosen.pop();
    }
  };
  extend(0, 0);
}

function isMinimal(group: readonly ConsortiumCandidate[], total: number, quantity: number): boolean {
  return group.every((member) => total - member.deliverableQuantity < quantity);
}

/** Quantity goes to members in order (best first), each up to its deliverable capacity. */
function allocate(members: readonly ConsortiumCandidate[], quantity: number): number[] {
  let remaining = quantity;
  return members.map((member) => {
    const allocated = Math.min(member.deliverableQuantity, remaining);
    remaining -= allocated;
    return allocated;
  });
}

/** round6(Σ allocated × score, summed in member order, / quantity). */
function groupScore(members: readonly ConsortiumCandidate[], quantity: number): number {
  const allocated = allocate(members, quantity);
  let weighted = 0;
  for (let i = 0; i < members.length; i++) weighted += allocated[i] * members[i].score;
  return roundTo6(weighted / quantity);
}

function buildSuggestion<T extends ConsortiumCandidate>(members: T[], quantity: number): ConsortiumSuggestion<T> {
  const allocated = allocate(members, quantity);
  return {
    members,
    allocations: members.map((member, i) => ({ profileId: member.profileId, quantity: allocated[i] })),
    coveredQuantity: members.reduce((sum, member) => sum + member.deliverableQuantity, 0),
    score: groupScore(members, quantity),
  };
}

interface RankedGroup {
  members: readonly ConsortiumCandidate[];
  score: number;
}

/** Score desc, then fewer members, then member profileIds in order. */
function compareGroups(a: RankedGroup, b: RankedGroup): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.members.length !== b.members.length) return a.members.length - b.members.length;
  for (let i = 0; i < a.members.length; i++) {
    const x = a.members[i].profileId;
    const y = b.members[i].profileId;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
