import { EntityManager } from 'typeorm';
import { Role } from '@jalin/authz';
import {
  checkDealStep, DealEntity, DealEventEntity, DealRatingEntity, DealSide, DealStatus, deliveredOnTime, MatchingStatus, MatchStatus, nextDealStep, QuoteEntity,
  QuoteStatus, RfqEntity, RfqStatus, TrackRecordWriter,
} from '@jalin/sourcing';
import { UserEntity } from '@jalin/identity';
import { CapabilityProfileEntity, Prng, todayInWib } from '@jalin/profiles';
import { taxonomyCatalog } from '@jalin/taxonomy';
import { DEMO_LOTS, DemoLot } from '../data/deal-history.data';
import { DemoIkm } from '../demo-data.types';
import { DemoSeedContext } from '../demo-seed-context';
import { DemoSeedStep } from '../demo-seed-step';

const DAY = 86_400_000;
const SITES: Record<string, string> = {
  'buyer.kendal-presisi': 'KAWASAN_INDUSTRI_KENDAL',
  'buyer.karoseri-magelang': 'NEW_ARMADA_MAGELANG',
  'buyer.karoseri-ungaran': 'LAKSANA_UNGARAN',
};
const NOTES: Partial<Record<DealStatus, string>> = {
  [DealStatus.PO_ISSUED]: 'PO terbit',
  [DealStatus.DELIVERED]: 'Dikirim dengan surat jalan',
  [DealStatus.CANCELLED]: 'Desain bracket diganti oleh tim engineering; pesanan dibatalkan sebelum produksi',
};

const dateOf = (instant: Date) => todayInWib(instant);

interface Bidder {
  organizationId: string;
  profileId: string;
  userId: string;
}

/**
 * Twelve months of past rounds for the demo buyers: RFQs with matches, quotes from the demo IKMs
 * with logins, split and single awards, deals in every status with their history and ratings, and
 * rounds closed without an award. Written as history (no outbox events: nothing of it is news), and
 * completed deals counted in the IKMs' track records as the API would. Found again by buyer and title.
 */
export const dealHistoryStep: DemoSeedStep = {
  name: 'deal-history',
  async run(manager: EntityManager, context: DemoSeedContext): Promise<void> {
    const trackRecord = new TrackRecordWriter();
    const now = Date.now();
    for (const [index, lot] of DEMO_LOTS.entries()) {
      const buyer = context.organization(lot.buyerKey);
      if (await manager.existsBy(RfqEntity, { buyerOrganizationId: buyer.id, title: lot.title })) {
        context.record('past rfq', 'kept');
        continue;
      }
      const bidders = await biddersFor(manager, context, lot, new Prng(1000 + index));
      if (bidders.length === 0) continue;
      const buyerUser = await manager.findOneByOrFail(UserEntity, { organizationId: buyer.id });
      const created = new Date(now - lot.monthsAgo * 30 * DAY);
      const deadline = new Date(created.getTime() + 10 * DAY);
      const site = taxonomyCatalog.place(SITES[lot.buyerKey])!.location;
      const winners = lot.outcome === RfqStatus.CLOSED ? [] : bidders.slice(0, lot.split && bidders.length > 1 ? 2 : 1);

      const rfq = await manager.save(manager.create(RfqEntity, {
        buyerOrganizationId: buyer.id, createdByUserId: buyerUser.id, title: lot.title,
        description: `${lot.title}: sesuai gambar kerja pembeli, termasuk pengiriman ke lokasi pembeli.`,
        sector: lot.sector, processes: [...lot.processes], materials: [...lot.materials], requiredCertifications: [],
        quantity: lot.quantity, unit: lot.unit, targetUnitPrice: lot.unitPrice, deliveryLat: site.lat, deliveryLng: site.lng,
        neededBy: dateOf(new Date(created.getTime() + 45 * DAY)), quoteDeadline: deadline, sealed: false,
        status: winners.length ? RfqStatus.AWARDED : RfqStatus.CLOSED, matchingStatus: MatchingStatus.DONE, matchedAt: created, isDemo: true,
      }));
      await manager.query('UPDATE rfq SET created_at = $2 WHERE id = $1', [rfq.id, created]);

      const quotes: QuoteEntity[] = [];
      for (const [rank, bidder] of bidders.entries()) {
        const won = winners.includes(bidder);
        const [match] = await manager.query(
          `INSERT INTO rfq_match (rfq_id, ikm_organization_id, profile_id, score, initial_rank, breakdown, deliverable_quantity, engine_version, status, created_at)
           VALUES ($1, $2, $3, $4, $5, '[]'::jsonb, $6, 'demo-history', $7, $8) RETURNING id`,
          [rfq.id, bidder.organizationId, bidder.profileId, 0.86 - rank * 0.06, rank + 1, lot.quantity, won ? MatchStatus.AWARDED : MatchStatus.NOT_AWARDED, created],
        );
        const quantity = winners.length > 1 ? Math.ceil(lot.quantity * 0.6) : lot.quantity;
        const quote = await manager.save(manager.create(QuoteEntity, {
          rfqId: rfq.id, ikmOrganizationId: bidder.organizationId, matchId: match.id, submittedByUserId: bidder.userId, revision: 1, current: true,
          unitPrice: (lot.unitPrice * BigInt(94 + rank * 4)) / 100n, quantity, leadTimeDays: 21 + rank * 7,
          validUntil: dateOf(new Date(deadline.getTime() + 30 * DAY)), notes: 'Harga franco lokasi pembeli, belum termasuk PPN.',
          status: won ? QuoteStatus.AWARDED : QuoteStatus.REJECTED, isDemo: true,
        }));
        await manager.query('UPDATE quote SET created_at = $2 WHERE id = $1', [quote.id, new Date(created.getTime() + (2 + rank) * DAY)]);
        quotes.push(quote);
      }
      context.record('past rfq', 'created');

      let remaining = lot.quantity;
      for (const [i, winner] of winners.entries()) {
        const quote = quotes[bidders.indexOf(winner)];
        const quantity = i === winners.length - 1 ? remaining : Math.min(quote.quantity, remaining);
        remaining -= quantity;
        await seedDeal(manager, trackRecord, { lot, rfq, quote, quantity, buyerUserId: buyerUser.id, ikmUserId: winner.userId, awardedAt: new Date(deadline.getTime() + DAY), now });
        context.record('past deal', 'created');
      }
    }
  },
};

/** The demo IKMs with logins that fit the lot, best fit first (all its processes, then its sector). */
async function biddersFor(manager: EntityManager, context: DemoSeedContext, lot: DemoLot, prng: Prng): Promise<Bidder[]> {
  const inSector = context.organizations(Role.IKM).filter((o) => (o.data as DemoIkm).profile.sector === lot.sector);
  const covers = (o: (typeof inSector)[number]) => lot.processes.every((p) => (o.data as DemoIkm).profile.processes.includes(p));
  const ranked = [...prng.sample(inSector.filter(covers), 3), ...prng.sample(inSector.filter((o) => !covers(o)), 3)].slice(0, 3);
  const bidders: Bidder[] = [];
  for (const seeded of ranked) {
    const profile = await manager.findOneBy(CapabilityProfileEntity, { organizationId: seeded.entity.id });
    const user = await manager.findOneBy(UserEntity, { organizationId: seeded.entity.id });
    if (profile && user) bidders.push({ organizationId: seeded.entity.id, profileId: profile.id, userId: user.id });
  }
  return bidders;
}

interface DealSeed {
  lot: DemoLot;
  rfq: RfqEntity;
  quote: QuoteEntity;
  quantity: number;
  buyerUserId: string;
  ikmUserId: string;
  awardedAt: Date;
  now: number;
}

/** A deal walked to the lot's outcome, a step every week or so, never later than yesterday. */
async function seedDeal(manager: EntityManager, trackRecord: TrackRecordWriter, s: DealSeed): Promise<void> {
  const late = s.lot.outcome === 'COMPLETED_LATE';
  const target = late ? DealStatus.COMPLETED : (s.lot.outcome as DealStatus);
  const steps = walkTo(target);
  const span = Math.min(40 * DAY, s.now - DAY - s.awardedAt.getTime());
  const at = (i: number) => new Date(s.awardedAt.getTime() + (span * (i + 1)) / (steps.length + 1));
  const deliveredIndex = steps.findIndex((step) => step.status === DealStatus.DELIVERED);
  const deliveredOn = deliveredIndex >= 0 ? (late ? dateOf(new Date(Date.parse(`${s.rfq.neededBy}T00:00:00+07:00`) + 6 * DAY)) : dateOf(at(deliveredIndex))) : null;
  const onTime = deliveredOn === null ? null : deliveredOnTime(deliveredOn, s.rfq.neededBy);

  const deal = await manager.save(manager.create(DealEntity, {
    rfqId: s.rfq.id, quoteId: s.quote.id, buyerOrganizationId: s.rfq.buyerOrganizationId, ikmOrganizationId: s.quote.ikmOrganizationId,
    quantity: s.quantity, unitPrice: s.quote.unitPrice, value: BigInt(s.quantity) * s.quote.unitPrice, status: target,
    neededBy: s.rfq.neededBy, deliveredOn, deliveredOnTime: onTime,
    completedAt: target === DealStatus.COMPLETED ? at(steps.length - 1) : null, isDemo: true,
  }));
  await manager.query('UPDATE deal SET created_at = $2 WHERE id = $1', [deal.id, s.awardedAt]);
  await manager.insert(DealEventEntity, [
    { dealId: deal.id, status: DealStatus.AWARDED, note: null, byUserId: s.buyerUserId, at: s.awardedAt },
    ...steps.map(({ status, by }, i) => ({ dealId: deal.id, status, note: NOTES[status] ?? null, byUserId: by === DealSide.IKM ? s.ikmUserId : s.buyerUserId, at: at(i) })),
  ]);
  if (target !== DealStatus.COMPLETED) return;
  await trackRecord.recordCompletedDeal(manager, deal.ikmOrganizationId, onTime === true);
  await manager.insert(DealRatingEntity, [
    { dealId: deal.id, side: DealSide.BUYER, byOrganizationId: deal.buyerOrganizationId, byUserId: s.buyerUserId, ratedOrganizationId: deal.ikmOrganizationId,
      quality: 5, delivery: onTime ? 5 : 3, paymentPunctuality: null, comment: onTime ? 'Kualitas rapi, kirim tepat waktu.' : 'Kualitas baik, tetapi terlambat seminggu.' },
    { dealId: deal.id, side: DealSide.IKM, byOrganizationId: deal.ikmOrganizationId, byUserId: s.ikmUserId, ratedOrganizationId: deal.buyerOrganizationId,
      quality: null, delivery: null, paymentPunctuality: 4, comment: 'Pembayaran 30 hari sesuai PO.' },
  ]);
}

/**
 * The steps from AWARDED to `target` as the API would take them, each checked by the deal state
 * machine: forward steps by their owner; a cancelled lot is cancelled by its buyer after the PO.
 */
function walkTo(target: DealStatus): { status: DealStatus; by: DealSide }[] {
  const steps: { status: DealStatus; by: DealSide }[] = [];
  let at = DealStatus.AWARDED;
  const take = (status: DealStatus, by: DealSide, note: string | null) => {
    const check = checkDealStep(at, status, by, note);
    if (!check.ok) throw new Error(`demo deal history: ${check.message}`);
    steps.push({ status, by });
    at = status;
  };
  const stopBefore = target === DealStatus.CANCELLED ? DealStatus.IN_PRODUCTION : target;
  while (at !== stopBefore) {
    const next = nextDealStep(at);
    if (!next) throw new Error(`demo deal history: ${target} cannot be reached`);
    take(next.status, next.by, NOTES[next.status] ?? null);
  }
  if (target === DealStatus.CANCELLED) take(DealStatus.CANCELLED, DealSide.BUYER, NOTES[DealStatus.CANCELLED]!);
  return steps;
}
