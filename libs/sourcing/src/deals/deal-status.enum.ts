export enum DealStatus {
  AWARDED = 'AWARDED',
  PO_ISSUED = 'PO_ISSUED',
  IN_PRODUCTION = 'IN_PRODUCTION',
  DELIVERED = 'DELIVERED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

/** The two parties of a deal. */
export enum DealSide {
  BUYER = 'BUYER',
  IKM = 'IKM',
}
