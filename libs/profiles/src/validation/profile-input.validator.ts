import { InputIssue } from '@jalin/errors';
import {
  CURRENT_KBLI_VERSION, KbliVersion, SECTOR_VALUES, TaxonomyCatalog, isSector, taxonomyCatalog,
  validateCodesInSectors, validateDate, validateGeoPoint, validateKbliCode,
} from '@jalin/taxonomy';
import { CAPACITY_UNITS, isCapacityUnit } from '../capacity-unit';
import { CertificationRecord, KbliRecord, ProfileContent } from '../profile-content';
import { ProfileInput } from './profile-input';
import { PROFILE_LIMITS } from './profile-limits';

const KBLI_VERSIONS: readonly KbliVersion[] = ['2020', '2025'];

export type ProfileInputCheck = { content: ProfileContent; issues: [] } | { content: null; issues: InputIssue[] };

/**
 * Checks a whole profile input and gives every problem at once (field path and value), or the
 * canonical content to store. One function for the API, the demo seed and the benchmark, so no
 * path can store a profile the API would refuse.
 */
export function checkProfileInput(input: ProfileInput, field = 'input', catalog: TaxonomyCatalog = taxonomyCatalog): ProfileInputCheck {
  const issues: InputIssue[] = [];
  const at = (name: string) => `${field}.${name}`;

  const sectors = distinct(input.sectors ?? []);
  sectors.forEach((sector, index) => {
    if (!isSector(sector)) issues.push({ field: `${at('sectors')}[${index}]`, value: sector, message: 'is not a sector (METAL, PLASTIC or AGRO)' });
  });
  if (sectors.length === 0) issues.push({ field: at('sectors'), value: input.sectors, message: 'must name at least one sector' });

  const processes = distinct(input.processes ?? []);
  if (processes.length === 0) issues.push({ field: at('processes'), value: input.processes, message: 'must name at least one process' });
  issues.push(...listSize(at('processes'), input.processes ?? [], PROFILE_LIMITS.maxCodes));
  issues.push(...validateCodesInSectors('process', input.processes ?? [], sectors, at('processes'), catalog));

  const materials = distinct(input.materials ?? []);
  issues.push(...listSize(at('materials'), input.materials ?? [], PROFILE_LIMITS.maxCodes));
  issues.push(...validateCodesInSectors('material', input.materials ?? [], sectors, at('materials'), catalog));

  const certifications = checkCertifications(input.certifications ?? [], at('certifications'), catalog, issues);
  const kbli = checkKbli(input.kbliCodes ?? [], input.kbliVersion, field, issues);

  const quantity = input.monthlyCapacity?.quantity;
  issues.push(...positiveInt(at('monthlyCapacity.quantity'), quantity, PROFILE_LIMITS.maxQuantity));
  const unit = typeof input.monthlyCapacity?.unit === 'string' ? input.monthlyCapacity.unit.trim().toLowerCase() : '';
  if (!isCapacityUnit(unit)) {
    issues.push({
      field: at('monthlyCapacity.unit'),
      value: input.monthlyCapacity?.unit,
      message: `must be one of ${CAPACITY_UNITS.map((u) => u.code).join(', ')}`,
    });
  }
  issues.push(...positiveInt(at('minOrderQuantity'), input.minOrderQuantity, PROFILE_LIMITS.maxQuantity));
  issues.push(...positiveInt(at('leadTimeDays'), input.leadTimeDays, PROFILE_LIMITS.maxLeadTimeDays));

  const kecamatanCode = input.kecamatanCode == null ? null : input.kecamatanCode.trim();
  if (kecamatanCode !== null && !catalog.isKecamatan(kecamatanCode)) {
    issues.push({ field: at('kecamatanCode'), value: input.kecamatanCode, message: 'is not the BPS code of a kecamatan of Kabupaten Tegal, e.g. "3328140" (Talang)' });
  }

  const location = input.location ?? null;
  if (location !== null) issues.push(...validateGeoPoint(location, at('location')));

  const machines = checkMachines(input.machines ?? [], at('machines'), issues);

  const workforce = input.workforce ?? null;
  if (workforce !== null) issues.push(...positiveInt(at('workforce'), workforce, PROFILE_LIMITS.maxWorkforce));

  if (issues.length > 0) return { content: null, issues };
  return {
    content: {
      sectors: [...sectors].sort(byOrder(SECTOR_VALUES)),
      processes: [...processes].sort(byOrder(catalog.processes().map((p) => p.code))),
      materials: [...materials].sort(byOrder(catalog.materials().map((m) => m.code))),
      certifications,
      kbli,
      monthlyCapacity: quantity,
      capacityUnit: unit,
      minOrderQuantity: input.minOrderQuantity,
      leadTimeDays: input.leadTimeDays,
      kecamatanCode,
      location: location && { lat: toMicroDegrees(location.lat), lng: toMicroDegrees(location.lng) },
      machines,
      workforce,
    },
    issues: [],
  };
}

function checkCertifications(
  items: NonNullable<ProfileInput['certifications']>,
  field: string,
  catalog: TaxonomyCatalog,
  issues: InputIssue[],
): CertificationRecord[] {
  issues.push(...listSize(field, items, PROFILE_LIMITS.maxCertifications));
  const records = items.map((item, index): CertificationRecord => {
    const at = `${field}[${index}]`;
    const code = item.code.trim();
    if (!catalog.isCertification(code)) {
      issues.push({ field: `${at}.code`, value: item.code, message: `is not a certification code (${catalog.certifications().map((c) => c.code).join(', ')})` });
    }
    const number = item.number == null || item.number.trim() === '' ? null : item.number.trim();
    if (number !== null && number.length > PROFILE_LIMITS.maxCertificateNumberLength) {
      issues.push({ field: `${at}.number`, value: item.number, message: `must be at most ${PROFILE_LIMITS.maxCertificateNumberLength} characters` });
    }
    const validUntil = item.validUntil ?? null;
    if (validUntil !== null) {
      issues.push(...validateDate(validUntil, `${at}.validUntil`));
    }
    return { code, number, validUntil };
  });
  const certificationOrder = catalog.certifications().map((c) => c.code);
  const unique = new Map(records.map((r) => [JSON.stringify([r.code, r.number, r.validUntil]), r]));
  return [...unique.values()].sort(
    (a, b) =>
      byOrder(certificationOrder)(a.code, b.code) ||
      compareNullable(a.validUntil, b.validUntil) ||
      compareNullable(a.number, b.number),
  );
}

function checkKbli(codes: readonly string[], version: string | null | undefined, field: string, issues: InputIssue[]): KbliRecord[] {
  const kbliVersion = (version ?? CURRENT_KBLI_VERSION) as KbliVersion;
  if (!KBLI_VERSIONS.includes(kbliVersion)) {
    issues.push({ field: `${field}.kbliVersion`, value: version, message: `must be one of ${KBLI_VERSIONS.join(', ')}` });
  }
  issues.push(...listSize(`${field}.kbliCodes`, codes, PROFILE_LIMITS.maxKbliCodes));
  codes.forEach((code, index) => issues.push(...validateKbliCode(code, `${field}.kbliCodes[${index}]`)));
  return distinct(codes)
    .sort()
    .map((code) => ({ code, version: kbliVersion }));
}

function checkMachines(items: readonly string[], field: string, issues: InputIssue[]): string[] {
  issues.push(...listSize(field, items, PROFILE_LIMITS.maxMachines));
  return items.map((item, index) => {
    const text = typeof item === 'string' ? item.trim().replace(/\s+/g, ' ') : '';
    if (text === '') issues.push({ field: `${field}[${index}]`, value: item, message: 'must not be empty' });
    if (text.length > PROFILE_LIMITS.maxMachineLength) {
      issues.push({ field: `${field}[${index}]`, value: item, message: `must be at most ${PROFILE_LIMITS.maxMachineLength} characters` });
    }
    return text;
  });
}

function positiveInt(field: string, value: unknown, max: number): InputIssue[] {
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    return [{ field, value, message: 'must be a whole number above zero' }];
  }
  if (value > max) return [{ field, value, message: `must be at most ${max.toLocaleString('en')}` }];
  return [];
}

function listSize(field: string, items: readonly unknown[], max: number): InputIssue[] {
  return items.length > max ? [{ field, value: items.length, message: `may list at most ${max} entries` }] : [];
}

function distinct<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function byOrder(order: readonly string[]) {
  const rank = new Map(order.map((code, index) => [code, index]));
  return (a: string, b: string) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0);
}

function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** Coordinates are kept to 6 decimals (~11 cm, finer than any workshop's gate). */
function toMicroDegrees(degrees: number): number {
  return Math.round(degrees * 1e6) / 1e6;
}
