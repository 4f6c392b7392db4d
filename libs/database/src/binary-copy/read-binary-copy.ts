import type { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { BinaryCopyRow } from './binary-copy-row';

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
/** Signature, flags field and header extension length. */
const HEADER_BYTES = 19;

/**
 * Streams `COPY (select) TO STDOUT (FORMAT binary)` and hands each row to `onRow` in place (see
 * BinaryCopyRow): a million rows cost no row objects and no text parsing. The format is a header,
 * then per row a field count and per field a length (-1: NULL) and the bytes. A row `onRow`
 * refuses (throws) goes to `onBadRow` and the stream goes on: one row never stops the rest.
 * Returns the number of rows applied.
 */
export async function readBinaryCopy(
  client: Client,
  select: string,
  onRow: (row: BinaryCopyRow) => void,
  onBadRow: (row: BinaryCopyRow, error: Error) => void,
): Promise<number> {
  const stream = client.query(copyTo(`COPY (${select}) TO STDOUT (FORMAT binary)`));
  const row = new BinaryCopyRow();
  let pending: Buffer = Buffer.alloc(0);
  let headerRead = false;
  let applied = 0;
  let seen = 0;
  let ended = false;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const buffer: Buffer = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    let at = 0;
    if (!headerRead) {
      if (buffer.length < HEADER_BYTES) { pending = buffer; continue; }
      if (!buffer.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error('Not a binary COPY stream');
      at = HEADER_BYTES + buffer.readUInt32BE(15);
      headerRead = true;
    }
    const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.length);
    while (!ended && buffer.length - at >= 2) {
      const fields = view.getInt16(at);
      if (fields === -1) { ended = true; at += 2; break; }
      const end = rowEnd(view, at + 2, fields);
      if (end < 0) break; // the rest of the row comes with the next chunk
      seen += 1;
      row.place(buffer, fields, seen);
      let field = at + 2;
      for (let i = 0; i < fields; i++) {
        const length = view.getInt32(field);
        row.field(i, field + 4, length);
        field += 4 + Math.max(length, 0);
      }
      try {
        onRow(row);
        applied += 1;
      } catch (error) {
        onBadRow(row, error as Error);
      }
      at = end;
    }
    pending = buffer.subarray(at);
  }
  return applied;
}

/** Where a row of `fields` fields starting at `at` ends, or -1 when the buffer does not hold all of it. */
function rowEnd(view: DataView, at: number, fields: number): number {
  for (let i = 0; i < fields; i++) {
    if (view.byteLength - at < 4) return -1;
    at += 4 + Math.max(view.getInt32(at), 0);
  }
  return at <= view.byteLength ? at : -1;
}
