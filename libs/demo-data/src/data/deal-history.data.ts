import { DealStatus, RfqStatus } from '@jalin/sourcing';
import { Sector } from '@jalin/taxonomy';

/** How a past RFQ ended: a deal status its award(s) reached (COMPLETED_LATE: delivered after neededBy), or CLOSED without an award. */
type DemoLotOutcome = DealStatus | 'COMPLETED_LATE' | RfqStatus.CLOSED;

/** One past sourcing round of a demo buyer, with its quotes and outcome. */
export interface DemoLot {
  readonly buyerKey: string;
  /** Natural key together with the buyer: unique per buyer, stable across seeding days. */
  readonly title: string;
  readonly sector: Sector;
  readonly processes: readonly string[];
  readonly materials: readonly string[];
  readonly quantity: number;
  readonly unit: string;
  /** The going unit price in rupiah; quotes spread around it. */
  readonly unitPrice: bigint;
  readonly monthsAgo: number;
  readonly outcome: DemoLotOutcome;
  /** Awarded to the two best quotes, split, instead of one. */
  readonly split?: boolean;
}

const KENDAL = 'buyer.kendal-presisi';
const MAGELANG = 'buyer.karoseri-magelang';
const UNGARAN = 'buyer.karoseri-ungaran';
const M = Sector.METAL;

/**
 * Twelve months of the buyers' past rounds: mostly completed deals (one delivered late), one of
 * each later status for the recent ones, a cancelled deal and two rounds closed without an award.
 * Prices are plausible for Tegal's metal sentra in 2026, not quotations of real firms.
 */
export const DEMO_LOTS: readonly DemoLot[] = [
  { buyerKey: MAGELANG, title: 'Bracket dudukan kursi bus SS400 — lot 2025-A', sector: M, processes: ['LASER_CUTTING', 'BENDING'], materials: ['SS400'], quantity: 1800, unit: 'pcs', unitPrice: 17_500n, monthsAgo: 12, outcome: DealStatus.COMPLETED, split: true },
  { buyerKey: UNGARAN, title: 'Engsel pintu bagasi bus — lot 2025-A', sector: M, processes: ['STAMPING', 'WELDING_MIG'], materials: ['SPCC'], quantity: 2400, unit: 'pcs', unitPrice: 9_800n, monthsAgo: 11, outcome: DealStatus.COMPLETED },
  { buyerKey: KENDAL, title: 'Flange baja bubut CNC — lot 2025-A', sector: M, processes: ['CNC_TURNING'], materials: ['S45C'], quantity: 3000, unit: 'pcs', unitPrice: 31_000n, monthsAgo: 10, outcome: 'COMPLETED_LATE' },
  { buyerKey: MAGELANG, title: 'Rangka kaca samping bus — lot 2025-B', sector: M, processes: ['BENDING', 'WELDING_MIG'], materials: ['SS400'], quantity: 600, unit: 'set', unitPrice: 420_000n, monthsAgo: 9, outcome: DealStatus.COMPLETED },
  { buyerKey: KENDAL, title: 'Pelat dudukan motor conveyor — lot 2025-B', sector: M, processes: ['LASER_CUTTING', 'BENDING'], materials: ['SS400'], quantity: 1200, unit: 'pcs', unitPrice: 56_000n, monthsAgo: 8, outcome: RfqStatus.CLOSED },
  { buyerKey: UNGARAN, title: 'Tutup roda bus galvanis — lot 2025-B', sector: M, processes: ['SHEARING', 'BENDING'], materials: ['GALVANIZED_STEEL'], quantity: 900, unit: 'pcs', unitPrice: 88_000n, monthsAgo: 7, outcome: DealStatus.COMPLETED, split: true },
  { buyerKey: MAGELANG, title: 'Bracket lampu belakang — lot 2026-A', sector: M, processes: ['LASER_CUTTING', 'BENDING'], materials: ['SPCC'], quantity: 2500, unit: 'pcs', unitPrice: 7_400n, monthsAgo: 6, outcome: DealStatus.CANCELLED },
  { buyerKey: KENDAL, title: 'Bushing S45C conveyor — lot 2026-A', sector: M, processes: ['CNC_TURNING'], materials: ['S45C'], quantity: 4000, unit: 'pcs', unitPrice: 21_500n, monthsAgo: 5, outcome: DealStatus.COMPLETED },
  { buyerKey: UNGARAN, title: 'Rangka tangga pintu bus — lot 2026-A', sector: M, processes: ['WELDING_MIG', 'POWDER_COATING'], materials: ['SS400'], quantity: 350, unit: 'set', unitPrice: 640_000n, monthsAgo: 4, outcome: DealStatus.COMPLETED },
  { buyerKey: MAGELANG, title: 'Dudukan AC bus — lot 2026-A', sector: M, processes: ['BENDING', 'WELDING_MIG'], materials: ['SS400'], quantity: 300, unit: 'set', unitPrice: 275_000n, monthsAgo: 4, outcome: RfqStatus.CLOSED },
  { buyerKey: KENDAL, title: 'Pelindung rantai conveyor — lot 2026-B', sector: M, processes: ['SHEARING', 'BENDING'], materials: ['GALVANIZED_STEEL'], quantity: 800, unit: 'pcs', unitPrice: 64_000n, monthsAgo: 3, outcome: DealStatus.DELIVERED },
  { buyerKey: MAGELANG, title: 'Bracket dudukan kursi bus SS400 — lot 2026-B', sector: M, processes: ['LASER_CUTTING', 'BENDING'], materials: ['SS400'], quantity: 2200, unit: 'pcs', unitPrice: 18_200n, monthsAgo: 2, outcome: DealStatus.IN_PRODUCTION, split: true },
  { buyerKey: UNGARAN, title: 'Engsel pintu bagasi bus — lot 2026-B', sector: M, processes: ['STAMPING', 'WELDING_MIG'], materials: ['SPCC'], quantity: 2000, unit: 'pcs', unitPrice: 10_100n, monthsAgo: 2, outcome: DealStatus.PO_ISSUED },
  { buyerKey: KENDAL, title: 'Flange baja bubut CNC — lot 2026-B', sector: M, processes: ['CNC_TURNING'], materials: ['S45C'], quantity: 2500, unit: 'pcs', unitPrice: 32_500n, monthsAgo: 1, outcome: DealStatus.AWARDED },
];
