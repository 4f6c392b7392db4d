import { Sector } from '@jalin/taxonomy';

/** What a buyer asks for, as the service receives it (GraphQL scalars already parsed). */
export interface NewRfq {
  title: string;
  description: string;
  sector: Sector;
  processes: string[];
  materials: string[];
  requiredCertifications?: string[] | null;
  quantity: number;
  unit: string;
  targetUnitPrice?: bigint | null;
  deliveryLocation: { lat: number; lng: number };
  /** 'YYYY-MM-DD', a calendar date in WIB. */
  neededBy: string;
  quoteDeadline: Date;
  sealed?: boolean | null;
}
