import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The matching index's codebook as of this migration: bit i of a mask is the i-th code. A later
 * taxonomy change appends codes in a new migration that replaces matching_codebook() and
 * matching_vector_refresh(); the worker refuses to start when the database's codebook differs
 * from its own.
 */
const SECTORS = ['METAL', 'PLASTIC', 'AGRO'];
const PROCESSES = [
  'LASER_CUTTING', 'PLASMA_CUTTING', 'SHEARING', 'BENDING', 'STAMPING', 'DEEP_DRAWING', 'CNC_TURNING', 'CNC_MILLING',
  'CONVENTIONAL_TURNING', 'WELDING_MIG', 'WELDING_TIG', 'WELDING_SMAW', 'CASTING', 'FORGING', 'GALVANIZING', 'POWDER_COATING',
  'INJECTION_MOULDING', 'BLOW_MOULDING', 'EXTRUSION', 'THERMOFORMING', 'ROTATIONAL_MOULDING', 'DRYING', 'GRAIN_MILLING',
  'ROASTING', 'FRYING', 'FERMENTATION', 'PACKAGING', 'COLD_STORAGE',
];
const MATERIALS = [
  'SPCC', 'SPHC', 'SS400', 'S45C', 'SUS304', 'SUS201', 'AL5052', 'AL6061', 'GALVANIZED_STEEL', 'BRASS', 'COPPER', 'CAST_IRON',
  'HDPE', 'LDPE', 'PP', 'ABS', 'PVC', 'PET', 'PS', 'PC', 'NYLON', 'COFFEE_BEAN', 'TEA_LEAF', 'CASSAVA', 'SOYBEAN', 'PALM_SUGAR',
  'RICE', 'CORN',
];
const CERTIFICATIONS = ['SNI', 'SPPT_SNI', 'ISO_9001', 'ISO_14001', 'HALAL', 'TKDN'];
/** Certificate expiry slots in the packed row (the index's certification column is 8 bits). */
const CERT_SLOTS = 8;

const literal = (codes: string[]) => `ARRAY[${codes.map((c) => `'${c}'`).join(', ')}]::text[]`;

/**
 * One packed row per profile, everything the matching engine reads, in the layout the index's
 * decoder reads (big-endian): id 16 B | sectors int2 | processes int4 | materials int4 |
 * certifications int2 | latest expiry per certificate bit int4 × 8 (days since 1970-01-01; 0 not
 * held, 65535 never expires) | monthly capacity int4 | minimum order int4 | lead time int4 |
 * flags int2 (1 verified, 2 suspended, 4 has location) | lat, lng int4 micro-degrees |
 * completed deals, on-time deliveries, quotes submitted, matches received, open matches int4.
 */
const REFRESH_FUNCTION = `
  CREATE FUNCTION matching_vector_refresh(orgs uuid[]) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO matching_profile_vector AS v (profile_id, organization_id, packed)
    SELECT p.id, p.organization_id,
           uuid_send(p.id)
           || int2send(matching_code_mask(p.sectors, ${literal(SECTORS)})::int2)
           || int4send(matching_code_mask(p.processes, ${literal(PROCESSES)}))
           || int4send(matching_code_mask(p.materials, ${literal(MATERIALS)}))
           || int2send(matching_code_mask(p.certification_codes, ${literal(CERTIFICATIONS)})::int2)
           || (SELECT string_agg(int4send(coalesce(e.day, 0)), ''::bytea ORDER BY b.bit)
                 FROM generate_series(1, ${CERT_SLOTS}) b(bit)
                 LEFT JOIN LATERAL (
                   SELECT max(CASE WHEN c->>'validUntil' IS NULL THEN 65535
                                   ELSE least(greatest((c->>'validUntil')::date - DATE '1970-01-01', 1), 65534) END) AS day
                     FROM jsonb_array_elements(p.certifications) c
                    WHERE c->>'code' = (${literal(CERTIFICATIONS)})[b.bit]
                 ) e ON true)
           || int4send(p.monthly_capacity) || int4send(p.min_order_quantity) || int4send(p.lead_time_days)
           || int2send((p.verified::int | (o.suspended::int << 1) | ((p.lat IS NOT NULL)::int << 2))::int2)
           || int4send(coalesce(round(p.lat * 1e6)::int, 0)) || int4send(coalesce(round(p.lng * 1e6)::int, 0))
           || int4send(coalesce(t.completed_deals, 0)) || int4send(coalesce(t.on_time_deliveries, 0))
           || int4send(coalesce(t.quotes_submitted, 0)) || int4send(coalesce(t.matches_received, 0))
           || int4send(coalesce(t.open_matches, 0))
      FROM capability_profile p
      JOIN organization o ON o.id = p.organization_id
      LEFT JOIN ikm_track_record t ON t.organization_id = p.organization_id
     WHERE p.organization_id = ANY(orgs)
     ORDER BY p.id
    ON CONFLICT (profile_id) DO UPDATE SET packed = excluded.packed, organization_id = excluded.organization_id, updated_at = now();
  END $$`;

/** Byte position (1-based, for overlay) and length of the five counters at the end of a packed row. */
const COUNTERS_AT = 83;
const COUNTERS_BYTES = 20;

/**
 * Every matching job changes the counters of the IKMs it matched: only those 20 bytes are
 * rewritten, rows locked in profile order (two jobs sharing IKMs cannot deadlock). PL/pgSQL
 * rather than SQL functions: their plans are cached per connection, and these run in every job.
 */
const COUNTERS_FUNCTION = `
  CREATE FUNCTION matching_vector_counters(orgs uuid[]) RETURNS void LANGUAGE plpgsql AS $$
  BEGIN
    WITH target AS (
      SELECT v.profile_id, t.completed_deals, t.on_time_deliveries, t.quotes_submitted, t.matches_received, t.open_matches
        FROM ikm_track_record t
        JOIN capability_profile p ON p.organization_id = t.organization_id
        JOIN matching_profile_vector v ON v.profile_id = p.id
       WHERE t.organization_id = ANY(orgs)
       ORDER BY v.profile_id
         FOR UPDATE OF v
    )
    UPDATE matching_profile_vector v
       SET packed = overlay(v.packed PLACING int4send(target.completed_deals) || int4send(target.on_time_deliveries)
                            || int4send(target.quotes_submitted) || int4send(target.matches_received) || int4send(target.open_matches)
                            FROM ${COUNTERS_AT} FOR ${COUNTERS_BYTES}),
           updated_at = now()
      FROM target WHERE v.profile_id = target.profile_id;
  END $$`;

/** Statement-level: a million-row insert refreshes its vectors in one set-based statement. */
const TRIGGERS: { name: string; table: string; event: string }[] = [
  { name: 'matching_vector_profile_insert', table: 'capability_profile', event: 'INSERT' },
  { name: 'matching_vector_profile_update', table: 'capability_profile', event: 'UPDATE' },
  { name: 'matching_vector_track_insert', table: 'ikm_track_record', event: 'INSERT' },
  { name: 'matching_vector_track_update', table: 'ikm_track_record', event: 'UPDATE' },
  { name: 'matching_vector_organization_update', table: 'organization', event: 'UPDATE' },
];

/**
 * A narrow, packed copy of what matching reads from each profile, kept in step by triggers in the
 * writing transaction. The worker's in-memory index loads a million of them with one binary COPY
 * (no joins, no JSON, no arrays to parse) and polls updated_at to catch anything an event missed.
 */
export class MatchingProfileVector1795847172508 implements MigrationInterface {
  name = 'MatchingProfileVector1795847172508';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "matching_profile_vector" ("profile_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "packed" bytea NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_matching_profile_vector" PRIMARY KEY ("profile_id"))`);
    await queryRunner.query(`CREATE INDEX "matching_profile_vector_updated_idx" ON "matching_profile_vector" ("updated_at")`);
    await queryRunner.query(`
      CREATE FUNCTION matching_code_mask(codes text[], book text[]) RETURNS int IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
        SELECT coalesce(bit_or(1 << (array_position(book, c) - 1)), 0) FROM unnest(codes) c WHERE array_position(book, c) IS NOT NULL
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION matching_codebook() RETURNS jsonb IMMUTABLE LANGUAGE sql AS $$
        SELECT jsonb_build_object('sectors', to_jsonb(${literal(SECTORS)}), 'processes', to_jsonb(${literal(PROCESSES)}),
                                  'materials', to_jsonb(${literal(MATERIALS)}), 'certifications', to_jsonb(${literal(CERTIFICATIONS)}))
      $$`);
    await queryRunner.query(REFRESH_FUNCTION);
    await queryRunner.query(COUNTERS_FUNCTION);
    await queryRunner.query(`
      CREATE FUNCTION matching_vector_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_TABLE_NAME = 'organization' THEN
          PERFORM matching_vector_refresh(ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.suspended IS DISTINCT FROM o.suspended));
        ELSIF TG_TABLE_NAME = 'ikm_track_record' THEN
          PERFORM matching_vector_counters(ARRAY(SELECT organization_id FROM new_rows));
        ELSE
          PERFORM matching_vector_refresh(ARRAY(SELECT organization_id FROM new_rows));
        END IF;
        RETURN NULL;
      END $$`);
    for (const t of TRIGGERS) {
      const tables = t.event === 'UPDATE' ? 'NEW TABLE AS new_rows OLD TABLE AS old_rows' : 'NEW TABLE AS new_rows';
      await queryRunner.query(`CREATE TRIGGER ${t.name} AFTER ${t.event} ON ${t.table} REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION matching_vector_on_change()`);
    }
    // Filling a million vectors takes longer than the application's statement timeout.
    await queryRunner.query(`SET LOCAL statement_timeout = 0`);
    await queryRunner.query(`SELECT matching_vector_refresh(ARRAY(SELECT organization_id FROM capability_profile))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const t of TRIGGERS) await queryRunner.query(`DROP TRIGGER ${t.name} ON ${t.table}`);
    await queryRunner.query(`DROP FUNCTION matching_vector_on_change, matching_vector_counters, matching_vector_refresh, matching_codebook, matching_code_mask`);
    await queryRunner.query(`DROP TABLE "matching_profile_vector"`);
  }
}
