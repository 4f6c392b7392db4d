import type { CandidateProfile } from '@jalin/matching-engine';
import type { ProfileCodebook } from './profile-codebook';

/** Bytes of one packed row (layout in the MatchingProfileVector migration). */
export const PACKED_ROW_BYTES = 102;
const CERT_SLOTS = 8;
const NOT_HELD = 0;
const NEVER = 65535;

/**
 * Turns one packed matching_profile_vector row into the engine's CandidateProfile (organization
 * id not carried). One decoder for the initial load and every refresh, so both read alike.
 */
export function decodePackedRow(book: ProfileCodebook, bytes: Buffer, offset = 0): CandidateProfile {
  if (bytes.length - offset < PACKED_ROW_BYTES) throw new RangeError(`Packed row of ${bytes.length - offset} bytes, expected ${PACKED_ROW_BYTES}`);
  let at = offset;
  const hex = bytes.toString('hex', at, at + 16);
  at += 16;
  const sectors = bytes.readUInt16BE(at); at += 2;
  const processes = bytes.readUInt32BE(at); at += 4;
  const materials = bytes.readUInt32BE(at); at += 4;
  at += 2; // certification mask: implied by the expiry slots
  const certifications: CandidateProfile['certifications'][number][] = [];
  for (let bit = 0; bit < CERT_SLOTS; bit++, at += 4) {
    const day = bytes.readInt32BE(at);
    if (day === NOT_HELD) continue;
    certifications.push({ code: book.certifications[bit], validUntilDay: day === NEVER ? null : day });
  }
  const monthlyCapacity = bytes.readInt32BE(at); at += 4;
  const minOrderQuantity = bytes.readInt32BE(at); at += 4;
  const leadTimeDays = bytes.readInt32BE(at); at += 4;
  const flags = bytes.readUInt16BE(at); at += 2;
  const lat = bytes.readInt32BE(at); at += 4;
  const lng = bytes.readInt32BE(at); at += 4;
  const counters = [0, 0, 0, 0, 0].map(() => { const n = bytes.readInt32BE(at); at += 4; return n; });
  return {
    profileId: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`,
    organizationId: '',
    sectors: book.codesOf('sectors', sectors),
    processes: book.codesOf('processes', processes),
    materials: book.codesOf('materials', materials),
    certifications,
    monthlyCapacity,
    minOrderQuantity,
    leadTimeDays,
    location: flags & 4 ? { lat: lat / 1e6, lng: lng / 1e6 } : null,
    verified: (flags & 1) !== 0,
    suspended: (flags & 2) !== 0,
    trackRecord: { completedDeals: counters[0], onTimeDeliveries: counters[1], quotesSubmitted: counters[2], matchesReceived: counters[3] },
    openMatches: counters[4],
  };
}
