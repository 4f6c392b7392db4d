import type { Client } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { PACKED_ROW_BYTES } from './packed-row-layout';
import { wordsToUuid } from './uuid-words';

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');

/** A row that could not be applied: its profile id when the bytes hold one, else its place in the stream. */
export type BadPackedRow = (key: string, error: Error) => void;

/**
 * Streams `COPY (SELECT packed FROM …) TO STDOUT (FORMAT binary)` and hands each packed row to
 * `onRow` without building row objects: the binary format is a header, then per row a field count,
 * a length and the bytes. A row of the wrong size (or one `onRow` refuses) goes to `onBadRow` and
 * the stream goes on: one row never stops the rest. Returns the number of rows applied.
 */
export async function streamPackedRows(client: Client, select: string, onRow: (bytes: Buffer, offset: number) => void, onBadRow: BadPackedRow): Promise<number> {
  const stream = client.query(copyTo(`COPY (${select}) TO STDOUT (FORMAT binary)`));
  let pending: Buffer = Buffer.alloc(0);
  let headerRead = false;
  let rows = 0;
  let seen = 0;
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
      if (fields !== 1) throw new Error(`Unexpected COPY row of ${fields} fields`); // the SELECT names one column
      if (buffer.length - at < 6) break;
      const length = buffer.readInt32BE(at + 2);
      const size = 6 + Math.max(length, 0); // -1: NULL
      if (buffer.length - at < size) break;
      seen += 1;
      if (length !== PACKED_ROW_BYTES) {
        onBadRow(rowKey(buffer, at + 6, length, seen), new RangeError(`packed row of ${length} bytes, expected ${PACKED_ROW_BYTES}`));
      } else {
        try {
          onRow(buffer, at + 6);
          rows += 1;
        } catch (error) {
          onBadRow(rowKey(buffer, at + 6, length, seen), error as Error);
        }
      }
      at += size;
    }
    pending = buffer.subarray(at);
  }
  return rows;
}

/** The profile id a packed row starts with (its first 16 bytes), when it is that long. */
function rowKey(bytes: Buffer, offset: number, length: number, seen: number): string {
  if (length < 16) return `row ${seen} of the stream`;
  const words = new Uint32Array(4);
  for (let i = 0; i < 4; i++) words[i] = bytes.readUInt32BE(offset + i * 4);
  return wordsToUuid(words, 0);
}
