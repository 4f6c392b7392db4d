import type { Client } from 'pg';
import { BinaryCopyRow, readBinaryCopy } from '@jalin/database';
import { PACKED_ROW_BYTES } from './packed-row-layout';
import { wordsToUuid } from './uuid-words';

/** A row that could not be applied: its profile id when the bytes hold one, else its place in the stream. */
export type BadPackedRow = (key: string, error: Error) => void;

/**
 * Streams `SELECT packed FROM …` as binary COPY (the shared reader) and hands each packed row's
 * bytes to `onRow` without building row objects. A row of the wrong shape (or one `onRow` refuses)
 * goes to `onBadRow` and the stream goes on. Returns the number of rows applied.
 */
export function streamPackedRows(client: Client, select: string, onRow: (bytes: Buffer, offset: number) => void, onBadRow: BadPackedRow): Promise<number> {
  return readBinaryCopy(client, select, (row) => {
    if (row.fields !== 1) throw new RangeError(`packed row of ${row.fields} fields, expected 1`);
    if (row.length(0) !== PACKED_ROW_BYTES) throw new RangeError(`packed row of ${row.length(0)} bytes, expected ${PACKED_ROW_BYTES}`);
    onRow(row.bytes, row.offset(0));
  }, (row, error) => onBadRow(rowKey(row), error));
}

/** The profile id a packed row starts with (its first 16 bytes), when it is that long. */
function rowKey(row: BinaryCopyRow): string {
  if (row.fields < 1 || row.length(0) < 16) return `row ${row.number} of the stream`;
  const words = new Uint32Array(4);
  for (let i = 0; i < 4; i++) words[i] = row.bytes.readUInt32BE(row.offset(0) + i * 4);
  return wordsToUuid(words, 0);
}
