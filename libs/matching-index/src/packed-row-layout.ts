import type { CodeLists } from './profile-codebook';

/** PostgreSQL's binary send functions for the field types a packed row holds (big-endian). */
const SIZE = { uuid: 16, int2: 2, int4: 4 } as const;
type PackedType = keyof typeof SIZE;

/** Certificate expiry slots in a packed row (the index's certification column is 8 bits). */
export const PACKED_CERT_SLOTS = 8;

/** SQL helpers a field's expression uses: `codes` is a kind's codebook as a text[] literal. */
interface SqlContext {
  codes(kind: keyof CodeLists): string;
}

interface PackedFieldSpec {
  name: string;
  type: PackedType;
  /** Repetitions of the type (the per-certificate expiry days). */
  count?: number;
  /** The field's bytes in matching_vector_refresh(), from profile p, organization o, track record t. */
  sql(c: SqlContext): string;
  /** ikm_track_record column of a counter that matching_vector_counters() rewrites alone. */
  counter?: string;
}

const counter = (name: string, column: string): PackedFieldSpec => ({
  name, type: 'int4', counter: column, sql: () => `int4send(coalesce(t.${column}, 0))`,
});

/**
 * One packed matching_profile_vector row: everything the matching engine reads of a profile. The
 * one declaration of the layout: matching_vector_refresh() and matching_vector_counters() in
 * libs/matching-index/sql/profile-vector.sql are generated from it, and ProfileColumns decodes by
 * the offsets it yields. Days are since 1970-01-01 (0 not held, 65535 never expires); flags are
 * 1 verified, 2 suspended, 4 has location; coordinates are micro-degrees.
 */
const FIELDS = [
  { name: 'profileId', type: 'uuid', sql: () => 'uuid_send(p.id)' },
  { name: 'sectors', type: 'int2', sql: (c) => `int2send(matching_code_mask(p.sectors, ${c.codes('sectors')})::int2)` },
  { name: 'processes', type: 'int4', sql: (c) => `int4send(matching_code_mask(p.processes, ${c.codes('processes')}))` },
  { name: 'materials', type: 'int4', sql: (c) => `int4send(matching_code_mask(p.materials, ${c.codes('materials')}))` },
  { name: 'certifications', type: 'int2', sql: (c) => `int2send(matching_code_mask(p.certification_codes, ${c.codes('certifications')})::int2)` },
  {
    name: 'certExpiryDays', type: 'int4', count: PACKED_CERT_SLOTS, sql: (c) => `(SELECT string_agg(int4send(coalesce(e.day, 0)), ''::bytea ORDER BY b.bit)
                 FROM generate_series(1, ${PACKED_CERT_SLOTS}) b(bit)
                 LEFT JOIN LATERAL (
                   SELECT max(CASE WHEN c->>'validUntil' IS NULL THEN 65535
                                   ELSE least(greatest((c->>'validUntil')::date - DATE '1970-01-01', 1), 65534) END) AS day
                     FROM jsonb_array_elements(p.certifications) c
                    WHERE c->>'code' = (${c.codes('certifications')})[b.bit]
                 ) e ON true)`,
  },
  { name: 'monthlyCapacity', type: 'int4', sql: () => 'int4send(p.monthly_capacity)' },
  { name: 'minOrderQuantity', type: 'int4', sql: () => 'int4send(p.min_order_quantity)' },
  { name: 'leadTimeDays', type: 'int4', sql: () => 'int4send(p.lead_time_days)' },
  { name: 'flags', type: 'int2', sql: () => 'int2send((p.verified::int | (o.suspended::int << 1) | ((p.lat IS NOT NULL)::int << 2))::int2)' },
  { name: 'latMicro', type: 'int4', sql: () => 'int4send(coalesce(round(p.lat * 1e6)::int, 0))' },
  { name: 'lngMicro', type: 'int4', sql: () => 'int4send(coalesce(round(p.lng * 1e6)::int, 0))' },
  counter('completedDeals', 'completed_deals'),
  counter('onTimeDeliveries', 'on_time_deliveries'),
  counter('quotesSubmitted', 'quotes_submitted'),
  counter('matchesReceived', 'matches_received'),
  counter('openMatches', 'open_matches'),
] as const satisfies readonly PackedFieldSpec[];

export type PackedFieldName = (typeof FIELDS)[number]['name'];

export interface PackedField extends PackedFieldSpec {
  /** Byte offset from the start of the row. */
  offset: number;
  /** Bytes of the whole field (all repetitions). */
  bytes: number;
}

export const PACKED_FIELDS: readonly PackedField[] = (() => {
  let offset = 0;
  return FIELDS.map((field: PackedFieldSpec) => {
    const bytes = SIZE[field.type] * (field.count ?? 1);
    const placed = { ...field, offset, bytes };
    offset += bytes;
    return placed;
  });
})();

/** Byte offset of each field in a packed row, for the decoder. */
export const PACKED_OFFSET = Object.freeze(Object.fromEntries(PACKED_FIELDS.map((f) => [f.name, f.offset]))) as Readonly<Record<PackedFieldName, number>>;

/** Bytes of one packed matching_profile_vector row. */
export const PACKED_ROW_BYTES = PACKED_FIELDS.reduce((sum, f) => sum + f.bytes, 0);
