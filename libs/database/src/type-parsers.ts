import { TypeOverrides, types } from 'pg';
import { parse as parseArray } from 'postgres-array';
import parseTimestamp from 'postgres-date';

/** Array types whose elements pg gives as they are, as strings: text[], varchar[], char[], uuid[]. */
const STRING_ARRAYS = [1009, 1015, 1014, 2951];

/**
 * pg's type parsers, with the two kinds of value the API's pages parse most read by the newer
 * parsers of pg-types 4 (the same values, measured against PostgreSQL's own in the db suites):
 * - timestamps by postgres-date 2: no regular expressions, 2 to 3 times faster than the one pg 8
 *   ships; their parsing was 3% of the API's CPU;
 * - string arrays (a profile's machines, processes, materials, KBLI codes) by postgres-array 3,
 *   about 4 times faster than version 2, which pg 8 ships; they were 4% of an RFQ page's CPU.
 */
export function typeParsers(): TypeOverrides {
  const overrides = new TypeOverrides();
  const timestamp = (text: string) => parseTimestamp(text); // its overloads pick TypeParser's null-only form otherwise
  overrides.setTypeParser(types.builtins.TIMESTAMPTZ, timestamp);
  overrides.setTypeParser(types.builtins.TIMESTAMP, timestamp);
  const strings = (text: string) => parseArray(text);
  for (const oid of STRING_ARRAYS) overrides.setTypeParser(oid, strings);
  return overrides;
}
