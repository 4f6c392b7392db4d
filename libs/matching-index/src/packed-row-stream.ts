import type { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { PACKED_ROW_BYTES } from './profile-columns';

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');

/**
 * Streams `COPY (SELECT packed FROM …) TO STDOUT (FORMAT binary)` and hands each packed row to
 * `onRow` without building row objects: the binary format is a header, then per row a field count,
 * a length and the bytes. Returns the number of rows.
 */
export async function streamPackedRows(client: Client, select: string, onRow: (bytes: Buffer, offset: number) => void): Promise<number> {
  const stream = client.query(copyTo(`COPY (${select}) TO STDOUT (FORMAT binary)`));
  let pending: Buffer = Buffer.alloc(0);
  let headerRead = false;
  let rows = 0;
  let ended = false;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const buffer: Buffer = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    let at = 0;
    if (!headerRead) {
      if (buffer.length < 19) { pending = buffer; continue; }
      if (!buffer.subarray(0, 11).equals(SIGNATURE)) throw new Error('Not a binary COPY stream');
      at = 19 + buffer.readUInt32BE(15);
      headerRead = true;
    }
    while (!ended && buffer.length - at >= 2) {
      const fields = buffer.readInt16BE(at);
      if (fields === -1) { ended = true; at += 2; break; }
      if (buffer.length - at < 6 + PACKED_ROW_BYTES) break;
      const length = buffer.readInt32BE(at + 2);
      if (fields !== 1 || length !== PACKED_ROW_BYTES) throw new Error(`Unexpected packed row (${fields} fields, ${length} bytes)`);
      onRow(buffer, at + 6);
      rows += 1;
      at += 6 + PACKED_ROW_BYTES;
    }
    pending = buffer.subarray(at);
  }
  return rows;
}
