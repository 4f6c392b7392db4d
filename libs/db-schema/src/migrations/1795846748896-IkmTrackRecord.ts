import { MigrationInterface, QueryRunner } from 'typeorm';

/** A match row's contribution to its IKM's figures; `r` is its RFQ. */
const contribution = (m: string, sign: 1 | -1) => `
  SELECT ${m}.ikm_organization_id AS org,
         ${sign} AS received,
         ${sign} * (${m}.status IN ('QUOTED', 'AWARDED', 'NOT_AWARDED'))::int AS quoted,
         ${sign} * (${m}.status IN ('NEW', 'VIEWED') AND r.status = 'OPEN')::int AS open
    FROM ${m} JOIN rfq r ON r.id = ${m}.rfq_id`;

/**
 * One upsert per statement, rows in organization order so concurrent statements lock them in the
 * same order (no deadlock between two matching jobs sharing IKMs).
 */
const applyDeltas = (parts: string[]) => `
  INSERT INTO ikm_track_record AS t (organization_id, matches_received, quotes_submitted, open_matches)
  SELECT d.org, sum(d.received), sum(d.quoted), sum(d.open)
    FROM (${parts.join(' UNION ALL ')}) d
   GROUP BY d.org
  HAVING sum(d.received) <> 0 OR sum(d.quoted) <> 0 OR sum(d.open) <> 0
   ORDER BY d.org
  ON CONFLICT (organization_id) DO UPDATE
     SET matches_received = t.matches_received + excluded.matches_received,
         quotes_submitted = t.quotes_submitted + excluded.quotes_submitted,
         open_matches = t.open_matches + excluded.open_matches,
         updated_at = now()`;

const triggerFunction = (name: string, body: string) => `
  CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    ${body};
    RETURN NULL;
  END $$`;

/**
 * The per-IKM figures the matching engine reads, kept exact by triggers in the writing
 * transaction: whoever changes a match or an RFQ's status (matching, quotes, awards, cancelling),
 * the counters follow without each writer remembering to. Coordinates are held to 6 decimals
 * (~11 cm), so the matching index can keep them as exact integer micro-degrees.
 */
export class IkmTrackRecord1795846748896 implements MigrationInterface {
  name = 'IkmTrackRecord1795846748896';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "ikm_track_record" ("organization_id" uuid NOT NULL, "matches_received" integer NOT NULL DEFAULT '0', "quotes_submitted" integer NOT NULL DEFAULT '0', "open_matches" integer NOT NULL DEFAULT '0', "completed_deals" integer NOT NULL DEFAULT '0', "on_time_deliveries" integer NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ikm_track_record" PRIMARY KEY ("organization_id"))`);
    await queryRunner.query(`CREATE INDEX "ikm_track_record_updated_idx" ON "ikm_track_record" ("updated_at")`);
    await queryRunner.query(`
      INSERT INTO ikm_track_record (organization_id, matches_received, quotes_submitted, open_matches)
      SELECT org, sum(received), sum(quoted), sum(open) FROM (${contribution('rfq_match', 1)}) d GROUP BY org`);

    await queryRunner.query(triggerFunction('ikm_track_record_on_match_insert', applyDeltas([contribution('new_rows', 1)])));
    await queryRunner.query(triggerFunction('ikm_track_record_on_match_update', applyDeltas([contribution('new_rows', 1), contribution('old_rows', -1)])));
    await queryRunner.query(triggerFunction('ikm_track_record_on_match_delete', applyDeltas([contribution('old_rows', -1)])));
    await queryRunner.query(`CREATE TRIGGER ikm_track_record_match_insert AFTER INSERT ON rfq_match REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ikm_track_record_on_match_insert()`);
    await queryRunner.query(`CREATE TRIGGER ikm_track_record_match_update AFTER UPDATE ON rfq_match REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ikm_track_record_on_match_update()`);
    await queryRunner.query(`CREATE TRIGGER ikm_track_record_match_delete AFTER DELETE ON rfq_match REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ikm_track_record_on_match_delete()`);

    // An RFQ leaving (or re-entering) OPEN closes (re-opens) its waiting matches.
    await queryRunner.query(triggerFunction('ikm_track_record_on_rfq_status', `
      INSERT INTO ikm_track_record AS t (organization_id, open_matches)
      SELECT m.ikm_organization_id, (CASE WHEN NEW.status = 'OPEN' THEN 1 ELSE -1 END) * count(*)
        FROM rfq_match m WHERE m.rfq_id = NEW.id AND m.status IN ('NEW', 'VIEWED')
       GROUP BY m.ikm_organization_id ORDER BY m.ikm_organization_id
      ON CONFLICT (organization_id) DO UPDATE SET open_matches = t.open_matches + excluded.open_matches, updated_at = now()`));
    await queryRunner.query(`CREATE TRIGGER ikm_track_record_rfq_status AFTER UPDATE OF status ON rfq FOR EACH ROW WHEN ((OLD.status = 'OPEN') IS DISTINCT FROM (NEW.status = 'OPEN')) EXECUTE FUNCTION ikm_track_record_on_rfq_status()`);

    await queryRunner.query(`UPDATE capability_profile SET lat = round(lat::numeric, 6)::float8, lng = round(lng::numeric, 6)::float8 WHERE lat IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "capability_profile" ADD CONSTRAINT "capability_profile_coordinates_check" CHECK (lat = round(lat::numeric, 6)::float8 AND lng = round(lng::numeric, 6)::float8)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "capability_profile" DROP CONSTRAINT "capability_profile_coordinates_check"`);
    await queryRunner.query(`DROP TRIGGER ikm_track_record_rfq_status ON rfq`);
    await queryRunner.query(`DROP TRIGGER ikm_track_record_match_delete ON rfq_match`);
    await queryRunner.query(`DROP TRIGGER ikm_track_record_match_update ON rfq_match`);
    await queryRunner.query(`DROP TRIGGER ikm_track_record_match_insert ON rfq_match`);
    await queryRunner.query(`DROP FUNCTION ikm_track_record_on_rfq_status, ikm_track_record_on_match_delete, ikm_track_record_on_match_update, ikm_track_record_on_match_insert`);
    await queryRunner.query(`DROP TABLE "ikm_track_record"`);
  }
}
