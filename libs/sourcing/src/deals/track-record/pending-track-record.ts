/**
 * The counters an IKM's pending ikm_track_record_delta rows add to its ikm_track_record row (not
 * folded yet), as a subquery for `LEFT JOIN LATERAL (…) pending ON true`: readers that must be exact
 * add `coalesce(pending.<counter>, 0)`. `organization` is the SQL expression of the IKM's id.
 */
export const PENDING_TRACK_RECORD = (organization: string): string =>
  `SELECT sum(x.matches_received)::int AS matches_received, sum(x.quotes_submitted)::int AS quotes_submitted, sum(x.open_matches)::int AS open_matches
     FROM ikm_track_record_delta x WHERE x.organization_id = ${organization}`;
