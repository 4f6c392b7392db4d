import type { CandidateProfile, HeldCertification } from '@jalin/matching-engine';
import type { ProfileCodebook } from './profile-codebook';
import { MixedExpiries } from './mixed-expiries';
import { PACKED_CERT_SLOTS, PACKED_OFFSET as AT } from './packed-row-layout';
import { compareWords, uuidToWords, wordsToUuid } from './uuid-words';

/**
 * Bits of `keys`: the low byte holds sectors and flags, the high byte the certification codes, so
 * sector, liveness, suspension and certificates are one load and one comparison in the scan.
 */
export const FLAG = Object.freeze({ SECTORS: 0b111, VERIFIED: 1 << 3, SUSPENDED: 1 << 4, HAS_LOCATION: 1 << 5, LIVE: 1 << 6 });
export const CERT_SHIFT = 8;
/** certExpiry: never expires. */
export const NO_EXPIRY = 0xffff;
/** certExpiry: the held codes expire on different days; see mixedExpiry. */
export const MIXED_EXPIRY = 0;
/** open: the slot's counters did not fit 16 bits; see wide. */
export const WIDE = 0xffff;
const MAX_DAY = 0xfffe;
const MICRO = 1e6;

/** Exact values of a slot whose numbers do not fit the narrow columns (rare by construction). */
export interface WideNumbers {
  completedDeals: number;
  onTimeDeliveries: number;
  quotesSubmitted: number;
  matchesReceived: number;
  openMatches: number;
}

/**
 * The matching index's storage: one slot per profile across parallel typed arrays (about 60
 * bytes a profile), plus an id-sorted permutation for lookups. Everything the engine reads is
 * held exactly, so a slot turns back into the engine's CandidateProfile; organization ids are not
 * held (they are joined in SQL when matches are stored).
 */
export class ProfileColumns {
  ids = new Uint32Array(0);
  keys = new Uint16Array(0);
  /**
   * One bitmap over slots per process code: the scan reads only the bitmaps of the requested
   * processes, 32 slots a word, and visits just the slots holding them.
   */
  processBits: Uint32Array[] = [];
  /** Likewise per certification code, so required certificates narrow the words before any slot is read. */
  certificationBits: Uint32Array[] = [];
  materials = new Uint32Array(0);
  certExpiry = new Uint16Array(0);
  monthlyCapacity = new Uint32Array(0);
  minOrderQuantity = new Uint32Array(0);
  leadTimeDays = new Uint16Array(0);
  latMicro = new Int32Array(0);
  lngMicro = new Int32Array(0);
  completedDeals = new Uint16Array(0);
  onTimeDeliveries = new Uint16Array(0);
  quotesSubmitted = new Uint16Array(0);
  matchesReceived = new Uint16Array(0);
  openMatches = new Uint16Array(0);
  /** Slots ordered by profile id. */
  private order = new Int32Array(0);
  readonly mixedExpiry = new MixedExpiries();
  private readonly packedExpiries = new Uint16Array(PACKED_CERT_SLOTS);
  private readonly scratchId = new Uint32Array(4);
  readonly wide = new Map<number, WideNumbers>();
  private used = 0;
  private live = 0;

  constructor(readonly codebook: ProfileCodebook, capacity = 1024) {
    this.grow(capacity);
  }

  /** Slots in use (a removed profile keeps its slot, marked not LIVE). */
  get size(): number {
    return this.used;
  }

  get liveCount(): number {
    return this.live;
  }

  /** Bytes held by the typed arrays and side maps (the index's memory). */
  byteLength(): number {
    const arrays = [
      this.ids, this.keys, ...this.processBits, ...this.certificationBits, this.materials, this.certExpiry, this.monthlyCapacity,
      this.minOrderQuantity, this.leadTimeDays, this.latMicro, this.lngMicro, this.completedDeals, this.onTimeDeliveries,
      this.quotesSubmitted, this.matchesReceived, this.openMatches, this.order,
    ];
    // A wide entry is a small object in a Map: about 100 bytes; there are none below 65,535 matches.
    const side = this.mixedExpiry.byteLength() + this.wide.size * 100;
    return arrays.reduce((sum, a) => sum + a.byteLength, 0) + side;
  }

  /** Slot of a profile, or -1. */
  slotOf(profileId: string): number {
    const probe = new Uint32Array(4);
    uuidToWords(profileId, probe, 0);
    const at = this.search(probe);
    return at >= 0 ? this.order[at] : -1;
  }

  profileIdAt(slot: number): string {
    return wordsToUuid(this.ids, slot * 4);
  }

  isLive(slot: number): boolean {
    return (this.keys[slot] & FLAG.LIVE) !== 0;
  }

  /** Adds or replaces a profile, keeping the id order. */
  upsert(profile: CandidateProfile): number {
    this.assertHoldable(profile);
    const slot = this.claim(this.idOf(profile), true);
    this.write(slot, profile);
    return slot;
  }

  /** Adds or replaces a profile from its packed matching_profile_vector row (refreshes). */
  upsertPacked(bytes: Buffer, offset: number): number {
    const slot = this.claim(this.packedIdOf(bytes, offset), true);
    this.writePacked(slot, bytes, offset);
    return slot;
  }

  /**
   * Bulk loading: appends without keeping the id order (the caller guarantees unique ids and
   * calls rebuildOrder() once at the end; lookups are wrong until then).
   */
  appendUnordered(profile: CandidateProfile): number {
    this.assertHoldable(profile);
    const slot = this.claim(this.idOf(profile), false);
    this.write(slot, profile);
    return slot;
  }

  /**
   * Bulk loading straight from a packed matching_profile_vector row (layout in packed-row-layout.ts),
   * without building a profile object: the million-row load spends its time here.
   */
  appendPacked(bytes: Buffer, offset: number): number {
    const slot = this.claim(this.packedIdOf(bytes, offset), false);
    this.writePacked(slot, bytes, offset);
    return slot;
  }

  /** The slot for this id (found, or appended and, when keepOrder, placed in the id order), counted live. */
  private claim(idWords: Uint32Array, keepOrder: boolean): number {
    let slot: number;
    const at = keepOrder ? this.search(idWords) : -1;
    if (at >= 0) {
      slot = this.order[at];
    } else {
      slot = this.append(idWords);
      if (keepOrder) {
        const insertAt = -at - 1;
        this.order.copyWithin(insertAt + 1, insertAt, this.used - 1);
        this.order[insertAt] = slot;
      }
    }
    if (!this.isLive(slot)) this.live += 1;
    return slot;
  }

  private idOf(profile: CandidateProfile): Uint32Array {
    uuidToWords(profile.profileId, this.scratchId, 0);
    return this.scratchId;
  }

  private packedIdOf(bytes: Buffer, offset: number): Uint32Array {
    for (let i = 0; i < 4; i++) this.scratchId[i] = bytes.readUInt32BE(offset + AT.profileId + i * 4);
    return this.scratchId;
  }

  /** Everything but the id, from a packed row (the one decoder; offsets from packed-row-layout.ts). */
  private writePacked(slot: number, bytes: Buffer, offset: number): void {
    this.mixedExpiry.delete(slot);
    this.wide.delete(slot);
    const sectors = bytes.readUInt16BE(offset + AT.sectors);
    this.setProcesses(slot, bytes.readUInt32BE(offset + AT.processes));
    this.materials[slot] = bytes.readUInt32BE(offset + AT.materials);
    let mask = 0;
    let common = -1;
    let mixed = false;
    for (let bit = 0; bit < PACKED_CERT_SLOTS; bit++) {
      const day = bytes.readInt32BE(offset + AT.certExpiryDays + bit * 4);
      if (day === 0) continue;
      mask |= 1 << bit;
      if (common === -1) common = day;
      else if (common !== day) mixed = true;
    }
    const certificationBits = mask << CERT_SHIFT;
    if (mixed) {
      const perBit = this.packedExpiries;
      for (let bit = 0; bit < PACKED_CERT_SLOTS; bit++) perBit[bit] = bytes.readInt32BE(offset + AT.certExpiryDays + bit * 4);
      this.mixedExpiry.set(slot, perBit);
      this.certExpiry[slot] = MIXED_EXPIRY;
    } else {
      this.certExpiry[slot] = common === -1 ? NO_EXPIRY : common;
    }
    this.monthlyCapacity[slot] = bytes.readInt32BE(offset + AT.monthlyCapacity);
    this.minOrderQuantity[slot] = bytes.readInt32BE(offset + AT.minOrderQuantity);
    this.leadTimeDays[slot] = Math.min(bytes.readInt32BE(offset + AT.leadTimeDays), 0xffff);
    const packedFlags = bytes.readUInt16BE(offset + AT.flags);
    let flags = (sectors & FLAG.SECTORS) | FLAG.LIVE;
    if (packedFlags & 1) flags |= FLAG.VERIFIED;
    if (packedFlags & 2) flags |= FLAG.SUSPENDED;
    if (packedFlags & 4) flags |= FLAG.HAS_LOCATION;
    this.keys[slot] = flags | certificationBits;
    setBits(this.certificationBits, slot, mask);
    this.latMicro[slot] = bytes.readInt32BE(offset + AT.latMicro);
    this.lngMicro[slot] = bytes.readInt32BE(offset + AT.lngMicro);
    const completedDeals = bytes.readInt32BE(offset + AT.completedDeals);
    const onTimeDeliveries = bytes.readInt32BE(offset + AT.onTimeDeliveries);
    const quotesSubmitted = bytes.readInt32BE(offset + AT.quotesSubmitted);
    const matchesReceived = bytes.readInt32BE(offset + AT.matchesReceived);
    const openMatches = bytes.readInt32BE(offset + AT.openMatches);
    if ((completedDeals | onTimeDeliveries | quotesSubmitted | matchesReceived | openMatches) >>> 0 < WIDE) {
      this.completedDeals[slot] = completedDeals;
      this.onTimeDeliveries[slot] = onTimeDeliveries;
      this.quotesSubmitted[slot] = quotesSubmitted;
      this.matchesReceived[slot] = matchesReceived;
      this.openMatches[slot] = openMatches;
    } else {
      this.wide.set(slot, { completedDeals, onTimeDeliveries, quotesSubmitted, matchesReceived, openMatches });
      this.openMatches[slot] = WIDE;
    }
  }

  /** Sorts the id permutation: a native sort on (first id word, slot), then runs sharing a first word. */
  rebuildOrder(): void {
    const n = this.used;
    const keys = new BigUint64Array(n);
    for (let slot = 0; slot < n; slot++) keys[slot] = (BigInt(this.ids[slot * 4]) << 32n) | BigInt(slot);
    keys.sort();
    for (let i = 0; i < n; i++) this.order[i] = Number(keys[i] & 0xffffffffn);
    for (let i = 1; i < n; i++) {
      // Insertion sort inside runs with an equal first word (a handful in a million).
      let j = i;
      while (j > 0 && this.ids[this.order[j - 1] * 4] === this.ids[this.order[j] * 4] && this.compareIds(this.order[j - 1], this.order[j]) > 0) {
        const t = this.order[j - 1];
        this.order[j - 1] = this.order[j];
        this.order[j] = t;
        j--;
      }
    }
    for (let i = 1; i < n; i++) {
      if (this.compareIds(this.order[i - 1], this.order[i]) === 0) throw new RangeError(`Duplicate profile id ${this.profileIdAt(this.order[i])}`);
    }
  }

  remove(profileId: string): boolean {
    const slot = this.slotOf(profileId);
    if (slot < 0 || !this.isLive(slot)) return false;
    this.keys[slot] = 0;
    setBits(this.processBits, slot, 0);
    setBits(this.certificationBits, slot, 0);
    this.mixedExpiry.delete(slot);
    this.wide.delete(slot);
    this.live -= 1;
    return true;
  }

  /** One more match received and open, for each of these profiles (counters only). */
  noteMatched(profileIds: readonly string[]): void {
    for (const profileId of profileIds) {
      const slot = this.slotOf(profileId);
      if (slot < 0) continue;
      const wide = this.wide.get(slot);
      if (wide) {
        wide.matchesReceived += 1;
        wide.openMatches += 1;
      } else if (this.matchesReceived[slot] < WIDE - 1 && this.openMatches[slot] < WIDE - 1) {
        this.matchesReceived[slot] += 1;
        this.openMatches[slot] += 1;
      } else {
        const candidate = this.candidateAt(slot);
        this.wide.set(slot, { ...candidate.trackRecord, matchesReceived: candidate.trackRecord.matchesReceived + 1, openMatches: candidate.openMatches + 1 });
        this.openMatches[slot] = WIDE;
      }
    }
  }

  /** The engine's view of a slot (organizationId is not held: ''). */
  candidateAt(slot: number): CandidateProfile {
    const flags = this.keys[slot];
    const book = this.codebook;
    const certifications: HeldCertification[] = book.codesOf('certifications', flags >>> CERT_SHIFT).map((code) => ({
      code,
      validUntilDay: this.expiryOf(slot, book.bitOf('certifications', code)),
    }));
    return {
      profileId: this.profileIdAt(slot),
      organizationId: '',
      sectors: book.codesOf('sectors', flags & FLAG.SECTORS),
      processes: book.codesOf('processes', this.processMaskOf(slot)),
      materials: book.codesOf('materials', this.materials[slot]),
      certifications,
      monthlyCapacity: this.monthlyCapacity[slot],
      minOrderQuantity: this.minOrderQuantity[slot],
      leadTimeDays: this.leadTimeDays[slot],
      location: flags & FLAG.HAS_LOCATION ? { lat: this.latMicro[slot] / MICRO, lng: this.lngMicro[slot] / MICRO } : null,
      verified: (flags & FLAG.VERIFIED) !== 0,
      suspended: (flags & FLAG.SUSPENDED) !== 0,
      ...this.countersAt(slot),
    };
  }

  /** The slot's track record and open matches, wide or narrow. */
  countersAt(slot: number): Pick<CandidateProfile, 'trackRecord' | 'openMatches'> {
    const wide = this.wide.get(slot);
    if (wide) {
      const { openMatches, ...trackRecord } = wide;
      return { trackRecord, openMatches };
    }
    return {
      trackRecord: {
        completedDeals: this.completedDeals[slot],
        onTimeDeliveries: this.onTimeDeliveries[slot],
        quotesSubmitted: this.quotesSubmitted[slot],
        matchesReceived: this.matchesReceived[slot],
      },
      openMatches: this.openMatches[slot],
    };
  }

  /** The slot's processes as a codebook mask (read back from the bitmaps). */
  processMaskOf(slot: number): number {
    const word = slot >>> 5;
    const bit = slot & 31;
    let mask = 0;
    for (let code = 0; code < this.processBits.length; code++) mask |= ((this.processBits[code][word] >>> bit) & 1) << code;
    return mask >>> 0;
  }

  private setProcesses(slot: number, mask: number): void {
    setBits(this.processBits, slot, mask);
  }

  /** Day the held certificate (by bit) stops being valid; null = never. */
  expiryOf(slot: number, bit: number): number | null {
    const common = this.certExpiry[slot];
    const day = common === MIXED_EXPIRY ? this.mixedExpiry.day(slot, bit)! : common;
    return day === NO_EXPIRY ? null : day;
  }

  /** Every required certificate (mask) valid on `day`, for slots whose codes expire on different days. */
  mixedValidOn(slot: number, required: number, day: number): boolean {
    return this.mixedExpiry.validOn(slot, required, day);
  }

  compareIds(a: number, b: number): number {
    return compareWords(this.ids, a, b);
  }

  /** Everything write() could refuse, checked before a slot is touched: a refused profile leaves no trace. */
  private assertHoldable(profile: CandidateProfile): void {
    const book = this.codebook;
    this.known(book.maskOf('sectors', profile.sectors), 'sectors', profile);
    this.known(book.maskOf('processes', profile.processes), 'processes', profile);
    this.known(book.maskOf('materials', profile.materials), 'materials', profile);
    this.known(book.maskOf('certifications', profile.certifications.map((c) => c.code)), 'certifications', profile);
    if (profile.location) {
      toMicro(profile.location.lat, profile.profileId);
      toMicro(profile.location.lng, profile.profileId);
    }
    checkedUint(profile.monthlyCapacity, 0xffffffff, 'monthlyCapacity', profile);
    checkedUint(profile.minOrderQuantity, 0xffffffff, 'minOrderQuantity', profile);
    checkedUint(profile.leadTimeDays, 0xffff, 'leadTimeDays', profile);
  }

  private write(slot: number, profile: CandidateProfile): void {
    const book = this.codebook;
    const sectors = this.known(book.maskOf('sectors', profile.sectors), 'sectors', profile);
    let flags = sectors | FLAG.LIVE;
    if (profile.verified) flags |= FLAG.VERIFIED;
    if (profile.suspended) flags |= FLAG.SUSPENDED;
    if (profile.location) {
      flags |= FLAG.HAS_LOCATION;
      this.latMicro[slot] = toMicro(profile.location.lat, profile.profileId);
      this.lngMicro[slot] = toMicro(profile.location.lng, profile.profileId);
    }
    const certifications = this.writeCertifications(slot, profile);
    this.keys[slot] = flags | (certifications << CERT_SHIFT);
    setBits(this.certificationBits, slot, certifications);
    this.setProcesses(slot, this.known(book.maskOf('processes', profile.processes), 'processes', profile));
    this.materials[slot] = this.known(book.maskOf('materials', profile.materials), 'materials', profile);
    this.monthlyCapacity[slot] = checkedUint(profile.monthlyCapacity, 0xffffffff, 'monthlyCapacity', profile);
    this.minOrderQuantity[slot] = checkedUint(profile.minOrderQuantity, 0xffffffff, 'minOrderQuantity', profile);
    this.leadTimeDays[slot] = checkedUint(profile.leadTimeDays, 0xffff, 'leadTimeDays', profile);
    this.writeCounters(slot, profile);
  }

  /** Stores the expiries; returns the certification mask. */
  private writeCertifications(slot: number, profile: CandidateProfile): number {
    const book = this.codebook;
    // Any valid copy of a code is enough, so each code keeps its latest expiry.
    const latest = new Map<number, number>();
    for (const held of profile.certifications) {
      const bit = book.bitOf('certifications', held.code);
      if (bit < 0) throw new RangeError(`Profile ${profile.profileId} holds an unknown certification ${held.code}`);
      const day = held.validUntilDay === null ? NO_EXPIRY : Math.min(Math.max(held.validUntilDay, 1), MAX_DAY);
      latest.set(bit, Math.max(latest.get(bit) ?? 0, day));
    }
    let mask = 0;
    for (const bit of latest.keys()) mask |= 1 << bit;
    const days = new Set(latest.values());
    this.mixedExpiry.delete(slot);
    if (days.size <= 1) {
      this.certExpiry[slot] = days.size === 0 ? NO_EXPIRY : [...days][0];
      return mask;
    }
    const perBit = new Uint16Array(book.certifications.length);
    for (const [bit, day] of latest) perBit[bit] = day;
    this.certExpiry[slot] = MIXED_EXPIRY;
    this.mixedExpiry.set(slot, perBit);
    return mask;
  }

  private writeCounters(slot: number, profile: CandidateProfile): void {
    const record = profile.trackRecord;
    const numbers: WideNumbers = { ...record, openMatches: profile.openMatches };
    const fits = Object.values(numbers).every((n) => Number.isInteger(n) && n >= 0 && n < WIDE);
    this.wide.delete(slot);
    if (!fits) {
      this.wide.set(slot, numbers);
      this.openMatches[slot] = WIDE;
      return;
    }
    this.completedDeals[slot] = record.completedDeals;
    this.onTimeDeliveries[slot] = record.onTimeDeliveries;
    this.quotesSubmitted[slot] = record.quotesSubmitted;
    this.matchesReceived[slot] = record.matchesReceived;
    this.openMatches[slot] = profile.openMatches;
  }

  private known(result: { mask: number; unknown: string[] }, kind: string, profile: CandidateProfile): number {
    if (result.unknown.length > 0) throw new RangeError(`Profile ${profile.profileId} holds unknown ${kind}: ${result.unknown.join(', ')}`);
    return result.mask;
  }

  private append(idWords: Uint32Array): number {
    if (this.used === this.keys.length) this.grow(Math.max(1024, Math.ceil(this.keys.length * 1.25)));
    const slot = this.used++;
    this.ids.set(idWords, slot * 4);
    return slot;
  }

  /** Position of the id in `order`, or -(insertion point) - 1. */
  private search(idWords: Uint32Array): number {
    let low = 0;
    let high = this.used - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const slot = this.order[mid];
      let cmp = 0;
      for (let i = 0; i < 4 && cmp === 0; i++) {
        const held = this.ids[slot * 4 + i];
        if (held !== idWords[i]) cmp = held < idWords[i] ? -1 : 1;
      }
      if (cmp === 0) return mid;
      if (cmp < 0) low = mid + 1;
      else high = mid - 1;
    }
    return -low - 1;
  }

  /** Reserves room for `capacity` slots (loading a known row count allocates once). */
  grow(capacity: number): void {
    if (capacity <= this.keys.length) return;
    const resize = <T extends Uint8Array | Uint16Array | Uint32Array | Int32Array>(array: T, per = 1): T => {
      const next = new (array.constructor as new (n: number) => T)(capacity * per);
      next.set(array);
      return next;
    };
    this.ids = resize(this.ids, 4);
    this.keys = resize(this.keys);
    this.processBits = growBitmaps(this.processBits, this.codebook.processes.length, capacity);
    this.certificationBits = growBitmaps(this.certificationBits, this.codebook.certifications.length, capacity);
    this.materials = resize(this.materials);
    this.certExpiry = resize(this.certExpiry);
    this.monthlyCapacity = resize(this.monthlyCapacity);
    this.minOrderQuantity = resize(this.minOrderQuantity);
    this.leadTimeDays = resize(this.leadTimeDays);
    this.latMicro = resize(this.latMicro);
    this.lngMicro = resize(this.lngMicro);
    this.completedDeals = resize(this.completedDeals);
    this.onTimeDeliveries = resize(this.onTimeDeliveries);
    this.quotesSubmitted = resize(this.quotesSubmitted);
    this.matchesReceived = resize(this.matchesReceived);
    this.openMatches = resize(this.openMatches);
    this.order = resize(this.order);
  }
}

/** Exact integer micro-degrees; the database keeps coordinates to 6 decimals, so nothing is lost. */
function toMicro(degrees: number, profileId: string): number {
  const micro = Math.round(degrees * MICRO);
  if (micro / MICRO !== degrees) throw new RangeError(`Profile ${profileId}: coordinate ${degrees} has more than 6 decimals`);
  return micro;
}

function checkedUint(value: number, max: number, field: string, profile: CandidateProfile): number {
  if (!Number.isInteger(value) || value < 0 || value > max) throw new RangeError(`Profile ${profile.profileId}: ${field} ${value} out of range`);
  return value;
}

/** Sets the slot's bit in the bitmaps of the mask's codes and clears it in the others. */
function setBits(bitmaps: Uint32Array[], slot: number, mask: number): void {
  const word = slot >>> 5;
  const bit = 1 << (slot & 31);
  for (let code = 0; code < bitmaps.length; code++) {
    if ((mask >>> code) & 1) bitmaps[code][word] |= bit;
    else bitmaps[code][word] &= ~bit;
  }
}

function growBitmaps(bitmaps: Uint32Array[], codes: number, capacity: number): Uint32Array[] {
  return Array.from({ length: codes }, (_, code) => {
    const next = new Uint32Array(Math.ceil(capacity / 32));
    if (bitmaps[code]) next.set(bitmaps[code]);
    return next;
  });
}
