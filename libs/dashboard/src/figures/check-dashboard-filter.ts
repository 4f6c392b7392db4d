import { InputIssue } from '@jalin/errors';
import { KECAMATAN, Sector, isCalendarDate, isSector } from '@jalin/taxonomy';
import { DashboardQueryFilter } from './dashboard-figures';

/** The dates the dashboard accepts: older or later ones are typing mistakes, not periods. */
export const EARLIEST_DAY = '2000-01-01';
export const LATEST_DAY = '2100-12-31';

export interface DashboardFilterFields {
  from?: string | null;
  to?: string | null;
  sector?: string | null;
  kecamatanCode?: string | null;
}

/**
 * Checks a dashboard filter from GraphQL or an export URL; every problem names its field. One
 * definition for both, so a filter means the same on the page and in its exports.
 */
export function checkDashboardFilter(input: DashboardFilterFields | null | undefined, prefix = 'filter'): {
  filter: DashboardQueryFilter;
  issues: InputIssue[];
} {
  const issues: InputIssue[] = [];
  const date = (field: 'from' | 'to') => {
    const value = input?.[field];
    if (value === undefined || value === null || value === '') return null;
    if (typeof value !== 'string' || !isCalendarDate(value)) issues.push({ field: `${prefix}.${field}`, value, message: 'must be a date YYYY-MM-DD' });
    else if (value < EARLIEST_DAY || value > LATEST_DAY) issues.push({ field: `${prefix}.${field}`, value, message: `must be between ${EARLIEST_DAY} and ${LATEST_DAY}` });
    else return value;
    return null;
  };
  const from = date('from');
  const to = date('to');
  if (from && to && from > to) issues.push({ field: `${prefix}.from`, value: from, message: `must not be after ${prefix}.to (${to})` });
  let sector: Sector | null = null;
  if (input?.sector) {
    if (isSector(input.sector)) sector = input.sector;
    else issues.push({ field: `${prefix}.sector`, value: input.sector, message: 'must be METAL, PLASTIC or AGRO' });
  }
  let kecamatanCode: string | null = null;
  if (input?.kecamatanCode) {
    if (KECAMATAN.some((k) => k.code === input.kecamatanCode)) kecamatanCode = input.kecamatanCode;
    else issues.push({ field: `${prefix}.kecamatanCode`, value: input.kecamatanCode, message: 'must be a kecamatan code of Kabupaten Tegal (see taxonomy.kecamatan)' });
  }
  return { filter: { from, to, sector, kecamatanCode }, issues };
}
