import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigModule } from '@jalin/config';
import { DatabaseModule } from '@jalin/db-schema';
import { RfqMatcher } from '@jalin/matching';
import { MatchingIndexModule } from '@jalin/matching-index';
import { OutboxModule } from '@jalin/outbox';
import { SourcingWritersModule } from '@jalin/sourcing';
import { seedBenchProfiles } from './seed-bench-profiles';

/**
 * The market of `npm run bench:api`, written in SQL and matched by the real matching job body
 * (RfqMatcher over the worker's index, as bench:matching runs it), so every match carries a real
 * engine breakdown and every matched RFQ its consortium suggestions:
 * - `backgroundIkms` synthetic IKM profiles (seedBenchProfiles);
 * - one "focus" IKM with a user, a verified metal profile that fits every metal RFQ below (so the
 *   matcher puts it in the top K of each: about `metalRfqs` matches for myMatches);
 * - `buyers` buyers with a user each, posting `metalRfqs` metal RFQs of three shapes and
 *   `plasticRfqs` plastic ones (which the focus IKM cannot match), round robin;
 * - the focus RFQ: the first RFQ of the first buyer, with MATCHING_TOP_K matches; a user for each
 *   of its matched IKMs so they can quote (the quotes are submitted through the API afterwards).
 * The focus IKM is close to the delivery point so it ranks high; the other IKMs are spread over
 * Central Java by seedBenchProfiles.
 */
export interface BenchMarket {
  buyers: { userId: string; organizationId: string }[];
  focusIkm: { userId: string; organizationId: string };
  focusRfqId: string;
  /** Users of the IKMs matched on the focus RFQ, best rank first. */
  focusRfqIkms: { userId: string; organizationId: string }[];
  /** Metal RFQs the focus IKM is matched on, newest first. */
  focusIkmRfqIds: string[];
  rfqCount: number;
  matchCount: number;
}

const METAL_SHAPES = [
  { processes: ['LASER_CUTTING', 'BENDING'], materials: ['SS400'], certs: ['SNI'], quantity: 2000, title: 'Bracket dudukan kursi bus' },
  { processes: ['STAMPING', 'WELDING_MIG'], materials: ['SPCC'], certs: [], quantity: 5000, title: 'Dudukan lampu stamping' },
  { processes: ['CNC_TURNING', 'CNC_MILLING'], materials: ['S45C'], certs: ['ISO_9001'], quantity: 1500, title: 'Bushing poros CNC' },
];
const PLASTIC_SHAPE = { processes: ['INJECTION_MOULDING'], materials: ['PP'], certs: [], quantity: 10000, title: 'Tutup panel plastik' };

@Module({ imports: [DatabaseModule, OutboxModule, MatchingIndexModule, SourcingWritersModule], providers: [RfqMatcher] })
class BenchApiMatchingModule {}

export async function seedBenchApiMarket(
  db: DataSource,
  config: AppConfig,
  sizes: { backgroundIkms: number; buyers: number; metalRfqs: number; plasticRfqs: number },
): Promise<BenchMarket> {
  await seedBenchProfiles(db, sizes.backgroundIkms);

  const buyers: BenchMarket['buyers'] = [];
  for (let i = 0; i < sizes.buyers; i++) {
    const [org] = await db.query(`INSERT INTO organization (name, kind, city) VALUES ($1, 'BUYER', 'Kendal') RETURNING id`, [`PT Karoseri Bench ${i + 1}`]);
    const [user] = await db.query(
      `INSERT INTO app_user (organization_id, email, password_hash, name, role) VALUES ($1, $2, 'x', $3, 'BUYER') RETURNING id`,
      [org.id, `bench-buyer-${i + 1}@jalin.test`, `Pembeli ${i + 1}`],
    );
    buyers.push({ userId: user.id, organizationId: org.id });
  }

  const [focusOrg] = await db.query(
    `INSERT INTO organization (name, kind, kecamatan_code, city) VALUES ('CV Logam Presisi Talang', 'IKM', '3328140', 'Kabupaten Tegal') RETURNING id`,
  );
  const [focusUser] = await db.query(
    `INSERT INTO app_user (organization_id, email, password_hash, name, role) VALUES ($1, 'bench-ikm-focus@jalin.test', 'x', 'Bengkel Fokus', 'IKM') RETURNING id`,
    [focusOrg.id],
  );
  const validUntil = new Date(Date.now() + 400 * 86_400_000).toISOString().slice(0, 10);
  await db.query(
    `INSERT INTO capability_profile (organization_id, sectors, processes, materials, certification_codes, certifications, kbli,
       monthly_capacity, capacity_unit, min_order_quantity, lead_time_days, kecamatan_code, lat, lng, machines, workforce, verified, verified_at)
     VALUES ($1, ARRAY['METAL'], $2, $3, ARRAY['ISO_9001','SNI','TKDN'], $4::jsonb, '[]'::jsonb,
       60000, 'pcs', 10, 5, '3328140', -6.95, 110.18, ARRAY['Fiber laser 3 kW','Press brake 100 T','CNC lathe'], 60, true, now())`,
    [
      focusOrg.id,
      [...new Set(METAL_SHAPES.flatMap((s) => s.processes))].sort(),
      [...new Set(METAL_SHAPES.flatMap((s) => s.materials))].sort(),
      JSON.stringify(['ISO_9001', 'SNI', 'TKDN'].map((code) => ({ code, number: `${code}-FOCUS`, validUntil }))),
    ],
  );

  // RFQs, the oldest first (created_at one minute apart), so "newest first" lists are stable.
  const rfqIds: string[] = [];
  const metalIds: string[] = [];
  const total = sizes.metalRfqs + sizes.plasticRfqs;
  for (let i = 0; i < total; i++) {
    const metal = i < sizes.metalRfqs;
    const shape = metal ? METAL_SHAPES[i % METAL_SHAPES.length] : PLASTIC_SHAPE;
    const buyer = buyers[i % buyers.length];
    const [row] = await db.query(
      `INSERT INTO rfq (buyer_organization_id, created_by_user_id, title, description, sector, processes, materials, required_certifications,
                        quantity, unit, target_unit_price, delivery_lat, delivery_lng, needed_by, quote_deadline, created_at, updated_at)
       VALUES ($1, $2, $3, 'Sesuai gambar terlampir; pengiriman ke Kawasan Industri Kendal', $4, $5, $6, $7, $8, 'pcs', 12500,
               -6.93, 110.22, current_date + 60, now() + interval '14 days', now() - make_interval(mins => $9), now() - make_interval(mins => $9))
       RETURNING id`,
      [buyer.organizationId, buyer.userId, `${shape.title} #${i + 1}`, metal ? 'METAL' : 'PLASTIC', shape.processes, shape.materials, shape.certs, shape.quantity, total - i],
    );
    rfqIds.push(row.id);
    if (metal) metalIds.push(row.id);
  }
  await db.query('VACUUM ANALYZE');

  // The real matching job body, one RFQ at a time.
  const app = await NestFactory.createApplicationContext(
    { module: BenchApiMatchingModule, imports: [ConfigModule.forRoot(config)] },
    { logger: false, abortOnError: false },
  );
  try {
    const matcher = app.get(RfqMatcher);
    for (const id of rfqIds) {
      const outcome = await matcher.match(id, 1, { attempt: 1, maxAttempts: 1 });
      if (outcome === 'skipped') throw new Error(`bench RFQ ${id} was not matched`);
    }
  } finally {
    await app.close();
  }

  const focusRfqId = rfqIds[0];
  // A user for every IKM matched on the focus RFQ (the focus IKM has one already).
  await db.query(
    `INSERT INTO app_user (organization_id, email, password_hash, name, role)
     SELECT m.ikm_organization_id, 'bench-ikm-' || m.ikm_organization_id || '@jalin.test', 'x', 'Pemilik ' || o.name, 'IKM'
       FROM rfq_match m JOIN organization o ON o.id = m.ikm_organization_id
      WHERE m.rfq_id = $1 AND m.ikm_organization_id <> $2`,
    [focusRfqId, focusOrg.id],
  );
  const focusRfqIkms: BenchMarket['focusRfqIkms'] = (await db.query(
    `SELECT u.id AS "userId", m.ikm_organization_id AS "organizationId"
       FROM rfq_match m JOIN app_user u ON u.organization_id = m.ikm_organization_id
      WHERE m.rfq_id = $1 ORDER BY m.initial_rank`,
    [focusRfqId],
  ));
  const focusIkmRfqIds: string[] = (await db.query(
    `SELECT m.rfq_id FROM rfq_match m JOIN rfq r ON r.id = m.rfq_id WHERE m.ikm_organization_id = $1 ORDER BY r.created_at DESC`,
    [focusOrg.id],
  )).map((r: { rfq_id: string }) => r.rfq_id);
  const [{ n }] = await db.query('SELECT count(*)::int AS n FROM rfq_match');
  return {
    buyers,
    focusIkm: { userId: focusUser.id, organizationId: focusOrg.id },
    focusRfqId,
    focusRfqIkms,
    focusIkmRfqIds,
    rfqCount: rfqIds.length,
    matchCount: n,
  };
}
