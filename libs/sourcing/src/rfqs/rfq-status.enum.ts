/** OPEN while quoting; CLOSED ended without an award. */
export enum RfqStatus {
  OPEN = 'OPEN',
  AWARDED = 'AWARDED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}

export enum MatchingStatus {
  PENDING = 'PENDING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}
