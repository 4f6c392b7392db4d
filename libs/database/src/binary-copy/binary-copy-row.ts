/** Days from 1970-01-01 to PostgreSQL's date epoch, 2000-01-01. */
const PG_EPOCH_DAY = 10_957;
const NUMERIC_NEGATIVE = 0x4000;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * One row of a binary COPY stream, read in place (no copy, no row object): field i is
 * `length(i)` bytes of `bytes` from `offset(i)`, length -1 for NULL. The decoders follow
 * PostgreSQL's binary send functions (big-endian); each throws a RangeError for a NULL or a value
 * it cannot give exactly, so the caller can skip that row. Valid until the next row is read.
 */
export class BinaryCopyRow {
  bytes: Buffer = Buffer.alloc(0);
  /** `bytes` as a DataView: its reads compile to plain loads, Buffer's readInt32BE does not. */
  private view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.length);
  /** Fields of this row. */
  fields = 0;
  /** 1-based place of the row in the stream. */
  number = 0;
  private starts = new Int32Array(16);
  private lengths = new Int32Array(16);

  /** Points the row at the next one in `bytes`; the reader calls this. */
  place(bytes: Buffer, fields: number, number: number): void {
    if (bytes !== this.bytes) {
      this.bytes = bytes;
      this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    }
    this.fields = fields;
    this.number = number;
    if (fields > this.starts.length) {
      this.starts = new Int32Array(fields);
      this.lengths = new Int32Array(fields);
    }
  }

  /** Records field i; the reader calls this. */
  field(i: number, start: number, length: number): void {
    this.starts[i] = start;
    this.lengths[i] = length;
  }

  /** A copy of this row that stays valid after the stream moves on (for the few rows a caller keeps). */
  detach(): BinaryCopyRow {
    const copy = new BinaryCopyRow();
    const first = this.fields > 0 ? this.starts[0] : 0;
    const last = this.fields - 1;
    const end = this.fields > 0 ? this.starts[last] + Math.max(this.lengths[last], 0) : 0;
    copy.place(Buffer.from(this.bytes.subarray(first, end)), this.fields, this.number);
    for (let i = 0; i < this.fields; i++) copy.field(i, this.starts[i] - first, this.lengths[i]);
    return copy;
  }

  offset(i: number): number {
    return this.starts[i];
  }

  length(i: number): number {
    return this.lengths[i];
  }

  isNull(i: number): boolean {
    return this.lengths[i] < 0;
  }

  int2(i: number): number {
    return this.view.getInt16(this.at(i, 2));
  }

  int4(i: number): number {
    return this.view.getInt32(this.at(i, 4));
  }

  /** A bigint column; throws past 2^53, where a number would round. */
  int8(i: number): number {
    const value = Number(this.view.getBigInt64(this.at(i, 8)));
    if (!Number.isSafeInteger(value)) throw new RangeError(`${this.describe(i)}: ${value} is not exact as a number`);
    return value;
  }

  /** A date as days since 1970-01-01; infinity throws. */
  date(i: number): number {
    const days = this.view.getInt32(this.at(i, 4));
    if (days === 0x7fffffff || days === -0x80000000) throw new RangeError(`${this.describe(i)}: an infinite date`);
    return days + PG_EPOCH_DAY;
  }

  text(i: number): string {
    return this.bytes.toString('utf8', this.at(i, -1), this.starts[i] + this.lengths[i]);
  }

  /** A uuid in its canonical lower-case form. */
  uuid(i: number): string {
    const at = this.at(i, 16);
    const b = this.bytes;
    let out = '';
    for (let k = 0; k < 16; k++) {
      out += HEX[b[at + k]];
      if (k === 3 || k === 5 || k === 7 || k === 9) out += '-';
    }
    return out;
  }

  /**
   * A numeric that is a whole number below 2^53 in size, as a number; NaN otherwise (a fraction,
   * a larger value, NaN or an infinity), when `numericBigInt` tells which.
   */
  numericSafeInteger(i: number): number {
    const { at, digits, weight, sign } = this.numericHeader(i);
    const v = this.view;
    if ((sign !== 0 && sign !== NUMERIC_NEGATIVE) || digits > weight + 1 || weight > 3) return NaN;
    // Base-10000 digits, the first of weight `weight`; at most 4 of them below 10^16, exact in a double while below 2^53.
    let value = 0;
    for (let d = 0; d <= weight; d++) value = value * 10_000 + (d < digits ? v.getInt16(at + 8 + 2 * d) : 0);
    if (!Number.isSafeInteger(value)) return NaN;
    return sign === NUMERIC_NEGATIVE ? -value : value;
  }

  /** A numeric that is a whole number, exactly; a fraction, NaN or an infinity throws. */
  numericBigInt(i: number): bigint {
    const { at, digits, weight, sign } = this.numericHeader(i);
    const v = this.view;
    if (sign !== 0 && sign !== NUMERIC_NEGATIVE) throw new RangeError(`${this.describe(i)}: not a number or infinite`);
    if (digits > weight + 1) throw new RangeError(`${this.describe(i)}: not a whole number`);
    let value = 0n;
    for (let d = 0; d <= weight; d++) value = value * 10_000n + BigInt(d < digits ? v.getInt16(at + 8 + 2 * d) : 0);
    return sign === NUMERIC_NEGATIVE ? -value : value;
  }

  /** numeric_send's header: base-10000 digit count, the first digit's weight, the sign; digits follow at `at` + 8. */
  private numericHeader(i: number): { at: number; digits: number; weight: number; sign: number } {
    const at = this.at(i, -1);
    return { at, digits: this.view.getInt16(at), weight: this.view.getInt16(at + 2), sign: this.view.getUint16(at + 4) };
  }

  /** Start of field i, checking it holds a value of `size` bytes (-1: any size). */
  private at(i: number, size: number): number {
    const length = this.lengths[i];
    if (length < 0) throw new RangeError(`${this.describe(i)}: NULL`);
    if (size >= 0 && length !== size) throw new RangeError(`${this.describe(i)}: ${length} bytes, expected ${size}`);
    return this.starts[i];
  }

  private describe(i: number): string {
    return `field ${i + 1} of COPY row ${this.number}`;
  }
}
