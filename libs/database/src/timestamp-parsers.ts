import { TypeOverrides, types } from 'pg';
import parseTimestamp from 'postgres-date';

/**
 * pg's type parsers, with timestamps read by postgres-date 2 (the parser of pg-types 4: no
 * regular expressions, 2 to 3 times faster than the one pg 8 ships, the same Date). Timestamps
 * are the most frequent parsed value on the API's pages; their parsing was 3% of its CPU.
 */
export function timestampParsers(): TypeOverrides {
  const overrides = new TypeOverrides();
  const parse = (text: string) => parseTimestamp(text); // its overloads pick TypeParser's null-only form otherwise
  overrides.setTypeParser(types.builtins.TIMESTAMPTZ, parse);
  overrides.setTypeParser(types.builtins.TIMESTAMP, parse);
  return overrides;
}
