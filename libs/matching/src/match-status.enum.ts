export enum MatchStatus {
  NEW = 'NEW',
  VIEWED = 'VIEWED',
  DECLINED = 'DECLINED',
  QUOTED = 'QUOTED',
  AWARDED = 'AWARDED',
  NOT_AWARDED = 'NOT_AWARDED',
}
