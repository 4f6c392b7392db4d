import { DataSource } from 'typeorm';

/** RFQs modelled on the seed's buyers, PENDING, spread over processes, quantities and certificates. */
export async function seedBenchRfqs(db: DataSource, count: number): Promise<string[]> {
  const [buyer] = await db.query(`INSERT INTO organization (name, kind) VALUES ('Bench Karoseri', 'BUYER') RETURNING id`);
  const [user] = await db.query(
    `INSERT INTO app_user (organization_id, email, password_hash, name, role) VALUES ($1, 'bench-buyer@jalin.test', 'x', 'Bench', 'BUYER') RETURNING id`,
    [buyer.id],
  );
  const shapes = [
    { processes: ['LASER_CUTTING', 'BENDING'], materials: ['SS400'], certs: ['SNI'], quantity: 2000 },
    { processes: ['STAMPING', 'WELDING_MIG'], materials: ['SPCC'], certs: [], quantity: 5000 },
    { processes: ['CNC_TURNING', 'CNC_MILLING'], materials: ['S45C'], certs: ['ISO_9001'], quantity: 800 },
    { processes: ['PLASMA_CUTTING', 'GALVANIZING'], materials: ['SS400', 'GALVANIZED_STEEL'], certs: [], quantity: 20000 },
    { processes: ['CASTING'], materials: ['CAST_IRON'], certs: ['SNI'], quantity: 300 },
  ];
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const s = shapes[i % shapes.length];
    const [row] = await db.query(
      `INSERT INTO rfq (buyer_organization_id, created_by_user_id, title, description, sector, processes, materials, required_certifications,
                        quantity, unit, delivery_lat, delivery_lng, needed_by, quote_deadline)
       VALUES ($1, $2, $3, 'bench', 'METAL', $4, $5, $6, $7, 'pcs', -6.93, 110.22, current_date + 60, now() + interval '14 days') RETURNING id`,
      [buyer.id, user.id, `Bench RFQ ${i}`, s.processes, s.materials, s.certs, s.quantity],
    );
    ids.push(row.id);
  }
  return ids;
}
