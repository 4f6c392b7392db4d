export type Sector = 'METAL' | 'PLASTIC' | 'AGRO';

export interface GeoPoint {
  lat: number;
  lng: number;
}

/** An RFQ as the engine sees it. All dates are whole days since 1970-01-01 (UTC). */
export interface RfqSpec {
  id: string;
  sector: Sector;
  processes: readonly string[];
  materials: readonly string[];
  requiredCertifications: readonly string[];
  /** Units requested; > 0. */
  quantity: number;
  deliveryLocation: GeoPoint;
  neededByDay: number;
  quoteDeadlineDay: number;
  /** The evaluation date, passed in so the engine never reads a clock. */
  todayDay: number;
}
