import { PACKED_FIELDS } from './packed-row-layout';
import type { CodeLists } from './profile-codebook';

/** The part of libs/matching-index/sql/profile-vector.sql that is generated from the packed row layout. */
export const GENERATED_BEGIN = '-- BEGIN GENERATED from libs/matching-index/src/packed-row-layout.ts by `npm run db:functions`; do not edit by hand';
export const GENERATED_END = '-- END GENERATED';

const literal = (codes: readonly string[]) => `ARRAY[${codes.map((c) => `'${c}'`).join(', ')}]::text[]`;

/**
 * matching_codebook(), matching_vector_refresh() and matching_vector_counters() for a codebook
 * (the taxonomy's): bit i of a mask is the i-th code, and the worker refuses to start when the
 * database's codebook differs from its own.
 */
export function profileVectorGeneratedSql(codebook: CodeLists): string {
  const context = { codes: (kind: keyof CodeLists) => literal(codebook[kind]) };
  const row = PACKED_FIELDS.map((f) => f.sql(context)).join('\n           || ');
  const counters = PACKED_FIELDS.filter((f) => f.counter);
  const countersFrom = counters[0].offset + 1;
  const countersBytes = counters.reduce((sum, f) => sum + f.bytes, 0);
  if (counters.some((f, i) => i > 0 && f.offset !== counters[i - 1].offset + counters[i - 1].bytes)) throw new Error('the counters must be adjacent');
  return `${GENERATED_BEGIN}
CREATE OR REPLACE FUNCTION public.matching_codebook()
 RETURNS jsonb
 LANGUAGE sql
 IMMUTABLE
AS $function$
  SELECT jsonb_build_object('sectors', to_jsonb(${literal(codebook.sectors)}), 'processes', to_jsonb(${literal(codebook.processes)}),
                            'materials', to_jsonb(${literal(codebook.materials)}), 'certifications', to_jsonb(${literal(codebook.certifications)}))
$function$;

CREATE OR REPLACE FUNCTION public.matching_vector_refresh(orgs uuid[])
 RETURNS void
 LANGUAGE plpgsql
AS $function$
  BEGIN
    INSERT INTO matching_profile_vector AS v (profile_id, organization_id, packed)
    SELECT p.id, p.organization_id,
           ${row}
      FROM capability_profile p
      JOIN organization o ON o.id = p.organization_id
      LEFT JOIN ikm_track_record t ON t.organization_id = p.organization_id
     WHERE p.organization_id = ANY(orgs)
     ORDER BY p.id
    ON CONFLICT (profile_id) DO UPDATE SET packed = excluded.packed, organization_id = excluded.organization_id, updated_at = now();
  END $function$;

-- Every matching job changes the counters of the IKMs it matched: only their ${countersBytes} bytes are
-- rewritten, rows locked in profile order (two jobs sharing IKMs cannot deadlock).
CREATE OR REPLACE FUNCTION public.matching_vector_counters(orgs uuid[])
 RETURNS void
 LANGUAGE plpgsql
AS $function$
  BEGIN
    WITH target AS (
      SELECT v.profile_id, ${counters.map((f) => `t.${f.counter}`).join(', ')}
        FROM ikm_track_record t
        JOIN capability_profile p ON p.organization_id = t.organization_id
        JOIN matching_profile_vector v ON v.profile_id = p.id
       WHERE t.organization_id = ANY(orgs)
       ORDER BY v.profile_id
         FOR UPDATE OF v
    )
    UPDATE matching_profile_vector v
       SET packed = overlay(v.packed PLACING ${counters.map((f) => `int4send(target.${f.counter})`).join(' || ')}
                            FROM ${countersFrom} FOR ${countersBytes}),
           updated_at = now()
      FROM target WHERE v.profile_id = target.profile_id;
  END $function$;
${GENERATED_END}`;
}

/** The file's text with its generated part replaced. */
export function withGeneratedProfileVectorSql(fileText: string, codebook: CodeLists): string {
  const begin = fileText.indexOf(GENERATED_BEGIN);
  const end = fileText.indexOf(GENERATED_END);
  if (begin < 0 || end < begin) throw new Error(`profile-vector.sql lacks the "${GENERATED_BEGIN}" … "${GENERATED_END}" markers`);
  return fileText.slice(0, begin) + profileVectorGeneratedSql(codebook) + fileText.slice(end + GENERATED_END.length);
}
