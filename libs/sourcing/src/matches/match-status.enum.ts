export enum MatchStatus {
  NEW = 'NEW',
  VIEWED = 'VIEWED',
  DECLINED = 'DECLINED',
  QUOTED = 'QUOTED',
  AWARDED = 'AWARDED',
  NOT_AWARDED = 'NOT_AWARDED',
  /** Withdrawn: after a profile edit the IKM no longer qualified, and it had not quoted. Nobody reads it. */
  EXPIRED = 'EXPIRED',
}
