import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** The largest amount a PostgreSQL bigint rupiah column holds: bounds every price and total. */
export const MAX_RUPIAH = 9_223_372_036_854_775_807n;

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
  description: 'Whole rupiah as a decimal string, e.g. "1250000000"',
  serialize: (value) => (typeof value === 'bigint' ? value.toString() : BigInt(value as string).toString()),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});
