/** What an IKM offers, as the service receives it (GraphQL scalars already parsed). */
export interface NewQuote {
  rfqId: string;
  unitPrice: bigint;
  quantity: number;
  leadTimeDays: number;
  /** 'YYYY-MM-DD' (WIB). */
  validUntil: string;
  notes?: string | null;
}
