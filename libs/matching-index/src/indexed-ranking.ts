import { compareByScoreThenProfileId, evaluatePreparedProfile, prepareRfq, RankedMatch, ResolvedEngineOptions, RfqSpec, ScoredProfile } from '@jalin/matching-engine';
import { popcount32 } from './bits';
import { FLAG, ProfileColumns } from './profile-columns';
import { BOUND_SLACK, ScanPlan } from './scan-plan';
import { TopK } from './top-k';

/** A ranked match without the organization id, which the index does not hold. */
export type IndexedMatch = Omit<RankedMatch, 'organizationId'>;

/** Every 64th profile is scored first (a power of two: the full pass skips them with a mask). */
const SAMPLE_STRIDE = 64;

/**
 * The engine's top K over every profile in the columns: the same hard filters, the same score to
 * the last bit, the same tie-break. Cheap filters run first on one packed key; a profile is
 * dropped as soon as the best it could still score is below the bar (the threshold, then the K-th
 * best score). The few finalists are re-scored by the engine itself, so what is stored (scores,
 * breakdowns) is the engine's own output.
 */
export function rankIndexed(columns: ProfileColumns, rfq: RfqSpec, options: ResolvedEngineOptions): IndexedMatch[] {
  const prepared = prepareRfq(rfq);
  const book = columns.codebook;
  const sectorBit = book.bitOf('sectors', prepared.sector);
  const required = book.maskOf('certifications', prepared.requiredCertifications);
  const processes = book.maskOf('processes', prepared.processes);
  // Nobody holds a code the codebook does not know: then no profile passes these filters.
  if (sectorBit < 0 || required.unknown.length > 0 || (prepared.processes.length > 0 && processes.mask === 0)) return [];
  const plan = new ScanPlan(prepared, {
    sector: 1 << sectorBit,
    required: required.mask,
    processes: processes.mask,
    materials: book.maskOf('materials', prepared.materials).mask,
  }, options);
  const top = new TopK(options.topK, columns);
  scanSample(plan, columns, top);
  scanAll(plan, columns, top);

  const finalists: ScoredProfile[] = [];
  for (const slot of top.slots()) {
    const evaluation = evaluatePreparedProfile(prepared, columns.candidateAt(slot), options);
    if (evaluation.status === 'SCORED' && evaluation.meetsThreshold) finalists.push(evaluation);
  }
  finalists.sort(compareByScoreThenProfileId);
  return finalists.map(({ organizationId: _omitted, ...match }, index) => ({ ...match, rank: index + 1 }));
}

/** The bitmaps of the requested processes the codebook knows (unknown ones nobody holds). */
function requestedBitmaps(plan: ScanPlan, columns: ProfileColumns): Uint32Array[] {
  const bitmaps: Uint32Array[] = [];
  for (let code = 0; code < columns.processBits.length; code++) if ((plan.processMask >>> code) & 1) bitmaps.push(columns.processBits[code]);
  return bitmaps;
}

/** How many requested processes the slot holds. */
function coveredProcesses(bitmaps: Uint32Array[], slot: number): number {
  const word = slot >>> 5;
  const bit = slot & 31;
  let covered = 0;
  for (let i = 0; i < bitmaps.length; i++) covered += (bitmaps[i][word] >>> bit) & 1;
  return covered;
}

/** A sample first, so the bar is near its final height before the full pass. */
function scanSample(plan: ScanPlan, columns: ProfileColumns, top: TopK): void {
  const { keys, minOrderQuantity, materials, leadTimeDays } = columns;
  const bitmaps = requestedBitmaps(plan, columns);
  const anyProcess = plan.nProcesses === 0;
  for (let slot = 0; slot < columns.size; slot += SAMPLE_STRIDE) {
    const key = keys[slot];
    if ((key & plan.keyMask) !== plan.keyValue || minOrderQuantity[slot] > plan.quantity) continue;
    const covered = coveredProcesses(bitmaps, slot);
    if (!anyProcess && covered === 0) continue;
    plan.score(columns, top, slot, covered, popcount32(materials[slot] & plan.materialMask), plan.capacityTerm(columns.monthlyCapacity[slot]),
      plan.leadTerm(leadTimeDays[slot]), key & FLAG.VERIFIED ? plan.verifiedTerm : plan.unverifiedTerm);
  }
}

/**
 * Every slot but the sampled ones, 32 at a time: the word of candidates is the OR of the requested
 * processes' bitmaps (a profile must hold one), or their AND once the bar is too high for a
 * profile missing any; only the set bits are visited. Only locals in the loop (no closure captures
 * them), so the arrays and masks stay in registers.
 */
function scanAll(plan: ScanPlan, columns: ProfileColumns, top: TopK): void {
  const { keys, minOrderQuantity, materials, leadTimeDays, monthlyCapacity } = columns;
  const bitmaps = requestedBitmaps(plan, columns);
  const nBitmaps = bitmaps.length;
  const size = columns.size;
  const words = Math.ceil(size / 32);
  const keyMask = plan.keyMask;
  const keyValue = plan.keyValue;
  const quantity = plan.quantity;
  const materialMask = plan.materialMask;
  const nProcesses = plan.nProcesses;
  const processTerm = plan.processTerm;
  const materialTerm = plan.materialTerm;
  const best = plan.fullLeadTerm + plan.verifiedTerm + plan.restUnknown;
  // The fewest requested processes a profile must hold to still reach the bar (at least one: a
  // hard filter); it rises with the bar. A material missing is likewise fatal once the bar is high.
  const fewestProcesses = (): number => {
    let k = 1;
    while (k < nBitmaps && processTerm[k] + materialTerm[plan.nMaterials] + best < bar) k++;
    return k;
  };
  const bestWithoutOneMaterial = plan.nMaterials === 0 ? Infinity : processTerm[nProcesses] + materialTerm[plan.nMaterials - 1] + best;
  let bar = top.bar(plan.threshold) - BOUND_SLACK;
  let needEveryMaterial = bestWithoutOneMaterial < bar;
  const required: Uint32Array[] = [];
  for (let code = 0; code < columns.certificationBits.length; code++) if ((plan.requiredMask >>> code) & 1) required.push(columns.certificationBits[code]);
  let atLeast = fewestProcesses();
  for (let w = 0; w < words; w++) {
    let word0 = nProcesses === 0 ? -1 : holdingAtLeast(bitmaps, w, atLeast);
    for (let i = 0; i < required.length; i++) word0 &= required[i][w];
    const holdsEvery = atLeast === nBitmaps;
    let word = word0;
    // The sampled slots (every 64th) are already scored.
    if ((w & 1) === 0) word &= ~1;
    while (word !== 0) {
      const lowest = word & -word;
      word ^= lowest;
      const slot = (w << 5) | (31 - Math.clz32(lowest));
      if (slot >= size) break;
      const key = keys[slot];
      if ((key & keyMask) !== keyValue) continue;
      if (minOrderQuantity[slot] > quantity) continue;
      const heldMaterials = materials[slot] & materialMask;
      if (needEveryMaterial && heldMaterials !== materialMask) continue;
      // Coverage, lead time and verification exact, the rest at their best.
      const processesCovered = holdsEvery ? nBitmaps : coveredProcesses(bitmaps, slot);
      const materialsCovered = popcount32(heldMaterials);
      const leadTerm = plan.leadTerm(leadTimeDays[slot]);
      const verificationTerm = key & FLAG.VERIFIED ? plan.verifiedTerm : plan.unverifiedTerm;
      const known = processTerm[processesCovered] + materialTerm[materialsCovered] + leadTerm + verificationTerm;
      if (known + plan.restUnknown < bar) continue;
      const capacityTerm = plan.capacityTerm(monthlyCapacity[slot]);
      if (known + capacityTerm + plan.restAfterCapacity < bar) continue;
      plan.score(columns, top, slot, processesCovered, materialsCovered, capacityTerm, leadTerm, verificationTerm);
      bar = top.bar(plan.threshold) - BOUND_SLACK;
      needEveryMaterial = bestWithoutOneMaterial < bar;
    }
    atLeast = fewestProcesses();
  }
}

/**
 * The slots of word `w` holding at least `k` of the bitmaps' codes: the bitmaps are added as
 * bit-sliced counters (32 slots counted at once), then compared with k. k = 1 is their OR, k = all
 * their AND.
 */
function holdingAtLeast(bitmaps: Uint32Array[], w: number, k: number): number {
  if (k <= 1) {
    let any = 0;
    for (let i = 0; i < bitmaps.length; i++) any |= bitmaps[i][w];
    return any;
  }
  let c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0;
  for (let i = 0; i < bitmaps.length; i++) {
    const x = bitmaps[i][w];
    const t0 = c0 & x; c0 ^= x;
    const t1 = c1 & t0; c1 ^= t0;
    const t2 = c2 & t1; c2 ^= t1;
    const t3 = c3 & t2; c3 ^= t2;
    const t4 = c4 & t3; c4 ^= t3;
    c5 |= t4;
  }
  const planes = [c0, c1, c2, c3, c4, c5];
  // count >= k, most significant bit first: greater somewhere above, or equal all the way.
  let greater = 0;
  let equal = -1;
  for (let bit = 5; bit >= 0; bit--) {
    if ((k >>> bit) & 1) equal &= planes[bit];
    else greater |= equal & planes[bit];
  }
  return greater | equal;
}
