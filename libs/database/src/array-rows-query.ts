import { Client, Query, types as pgTypes } from 'pg';

type Parser = (text: string) => unknown;
interface FieldDescription {
  dataTypeID: number;
  format?: string;
}
/** pg's type parsers: its global ones or a client's overrides; both answer getTypeParser. */
interface TypeSource {
  getTypeParser(oid: number, format?: string): Parser;
}
/** The parts of pg's Query and Result this subclass takes over (pg 8.23's, covered by the database suites). */
interface QueryInternals {
  _result: { rows: unknown[][]; command: unknown; _types?: TypeSource };
  _canceledDueToError: unknown;
  _checkForMultirow(): void;
}

/** The parsers of one result shape, by its column types, per type source: a prepared statement's answers all share them. */
const parsersBySource = new WeakMap<TypeSource, Map<string, Parser[]>>();

function parsersFor(source: TypeSource, fields: readonly FieldDescription[]): Parser[] {
  let byShape = parsersBySource.get(source);
  if (!byShape) parsersBySource.set(source, (byShape = new Map()));
  let shape = '';
  for (const field of fields) shape += `${field.dataTypeID}${field.format === 'binary' ? 'b' : ''},`;
  let parsers = byShape.get(shape);
  if (!parsers) {
    parsers = fields.map((field) => source.getTypeParser(field.dataTypeID, field.format ?? 'text'));
    byShape.set(shape, parsers);
  }
  return parsers;
}

/**
 * A read whose rows come back as arrays of parsed column values, submitted to a pg client as a
 * Query of its own. pg's general path costs every statement a copy of its config (a property
 * descriptor walk) and, on every row description, a keyed row object built and spread for its
 * object rows, which array rows never use; a statement's rows also each emit a 'row' event. On an
 * RFQ page that was about 5% of the API's CPU. This one keeps the parsers of each result shape and
 * parses each row straight into an array.
 */
class ArrayRowsQuery extends Query {
  private parsers: Parser[] = [];

  constructor(text: string, values: readonly unknown[], callback: (err: Error | null, rows?: unknown[][]) => void) {
    // A text config is not copied; pg reads the values without changing them.
    super(text, values as unknown[], (err, result) => callback(err ?? null, result?.rows as unknown[][] | undefined));
  }

  handleRowDescription(msg: { fields: FieldDescription[] }): void {
    const self = this as unknown as QueryInternals;
    self._checkForMultirow();
    this.parsers = parsersFor(self._result._types ?? (pgTypes as unknown as TypeSource), msg.fields);
  }

  handleDataRow(msg: { fields: (string | null)[] }): void {
    const self = this as unknown as QueryInternals;
    if (self._canceledDueToError) return;
    const raw = msg.fields;
    const row = new Array<unknown>(raw.length);
    try {
      for (let i = 0; i < raw.length; i++) row[i] = raw[i] === null ? null : this.parsers[i](raw[i] as string);
    } catch (err) {
      self._canceledDueToError = err;
      return;
    }
    self._result.rows.push(row);
  }
}

/** Sends a read on a connection and gives its rows as arrays. */
export function queryArrayRows(client: Client, text: string, values: readonly unknown[]): Promise<unknown[][]> {
  return new Promise((resolve, reject) => {
    client.query(new ArrayRowsQuery(text, values, (err, rows) => (err ? reject(err) : resolve(rows!))));
  });
}

/** Whether PostgreSQL is ending the connection a read failed on (terminated, shutting down): it must not carry another. */
export const endsConnection = (err: unknown): err is Error => (err as { severity?: string } | undefined)?.severity === 'FATAL';
