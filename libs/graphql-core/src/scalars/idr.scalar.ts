import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * The one bound of a single amount: a unit price, a target price, a quote's or deal's value
 * (unit price × quantity) is at most Rp 10^15. Sums of amounts are not bounded (numeric columns,
 * bigint in the API); this bound is what lets a single amount sit in a bigint column and a sum of
 * up to 9,223 of them in a bigint.
 */
export const MAX_RUPIAH = 1_000_000_000_000_000n;
/** The bound as written in schema descriptions and error messages. */
export const MAX_RUPIAH_TEXT = `Rp ${MAX_RUPIAH.toLocaleString('en-US')}`;

const WHOLE_RUPIAH = /^(0|[1-9]\d{0,24})$/;

function parse(value: unknown): bigint {
  if (typeof value !== 'string' || !WHOLE_RUPIAH.test(value)) {
    throw new GraphQLError(`Idr must be whole rupiah as a decimal string, e.g. "1250000"; got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return BigInt(value);
}

/**
 * Rupiah as a decimal string on the wire and a bigint inside, so values beyond 2^53 stay exact
 * (deal values reach billions and their sums far more).
 */
export const IdrScalar = new GraphQLScalarType<bigint, string>({
  name: 'Idr',
  description: `Whole rupiah as a decimal string, e.g. "1250000000". A single amount (a unit or target price, a quote's or deal's value) is at most ${MAX_RUPIAH_TEXT}; sums are exact at any size.`,
  serialize: (value) => (typeof value === 'bigint' ? value.toString() : BigInt(value as string).toString()),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
