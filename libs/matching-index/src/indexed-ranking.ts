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

/** A sample first, so the bar is near its final height before the full pass. */
function scanSample(plan: ScanPlan, columns: ProfileColumns, top: TopK): void {
  const { keys, minOrderQuantity, processes, materials, leadTimeDays } = columns;
  const anyProcess = plan.nProcesses === 0 ? 1 : 0;
  for (let slot = 0; slot < columns.size; slot += SAMPLE_STRIDE) {
    const key = keys[slot];
    if ((key & plan.keyMask) !== plan.keyValue || minOrderQuantity[slot] > plan.quantity) continue;
    const held = processes[slot] & plan.processMask;
    if ((anyProcess | held) === 0) continue;
    plan.score(columns, top, slot, popcount32(held), popcount32(materials[slot] & plan.materialMask), plan.leadTerm(leadTimeDays[slot]),
      key & FLAG.VERIFIED ? plan.verifiedTerm : plan.unverifiedTerm);
  }
}

/**
 * Every slot but the sampled ones. Only locals in the loop (no closure captures them), so the
 * arrays and masks stay in registers.
 */
function scanAll(plan: ScanPlan, columns: ProfileColumns, top: TopK): void {
  const { keys, minOrderQuantity, processes, materials, leadTimeDays } = columns;
  const size = columns.size;
  const keyMask = plan.keyMask;
  const keyValue = plan.keyValue;
  const quantity = plan.quantity;
  const processMask = plan.processMask;
  const materialMask = plan.materialMask;
  const anyProcess = plan.nProcesses === 0 ? 1 : 0;
  const processTerm = plan.processTerm;
  const materialTerm = plan.materialTerm;
  const best = plan.fullLeadTerm + plan.verifiedTerm + plan.restUnknown;
  // Once the bar is high enough, a profile missing any requested process (material) cannot reach
  // it: one comparison then replaces two popcounts for most profiles.
  const bestWithoutOneProcess = plan.nProcesses === 0 ? Infinity : processTerm[plan.nProcesses - 1] + materialTerm[plan.nMaterials] + best;
  const bestWithoutOneMaterial = plan.nMaterials === 0 ? Infinity : processTerm[plan.nProcesses] + materialTerm[plan.nMaterials - 1] + best;
  let bar = top.bar(plan.threshold) - BOUND_SLACK;
  let needEveryProcess = bestWithoutOneProcess < bar;
  let needEveryMaterial = bestWithoutOneMaterial < bar;
  for (let slot = 0; slot < size; slot++) {
    const key = keys[slot];
    if ((key & keyMask) !== keyValue) continue;
    if (minOrderQuantity[slot] > quantity) continue;
    const heldProcesses = processes[slot] & processMask;
    if ((anyProcess | heldProcesses) === 0 || (slot & (SAMPLE_STRIDE - 1)) === 0) continue;
    if (needEveryProcess && heldProcesses !== processMask) continue;
    const heldMaterials = materials[slot] & materialMask;
    if (needEveryMaterial && heldMaterials !== materialMask) continue;
    // Coverage, lead time and verification exact, the rest at their best.
    const processesCovered = popcount32(heldProcesses);
    const materialsCovered = popcount32(heldMaterials);
    const leadTerm = plan.leadTerm(leadTimeDays[slot]);
    const verificationTerm = key & FLAG.VERIFIED ? plan.verifiedTerm : plan.unverifiedTerm;
    if (processTerm[processesCovered] + materialTerm[materialsCovered] + leadTerm + verificationTerm + plan.restUnknown < bar) continue;
    plan.score(columns, top, slot, processesCovered, materialsCovered, leadTerm, verificationTerm);
    bar = top.bar(plan.threshold) - BOUND_SLACK;
    needEveryProcess = bestWithoutOneProcess < bar;
    needEveryMaterial = bestWithoutOneMaterial < bar;
  }
}
