import type { Sector } from '@jalin/taxonomy';

/** The editable part of a profile as a caller sends it (GraphQL input, demo seed, tests). */
export interface ProfileInput {
  sectors: readonly Sector[];
  processes: readonly string[];
  materials: readonly string[];
  certifications?: readonly { code: string; number?: string | null; validUntil?: string | null }[] | null;
  kbliCodes?: readonly string[] | null;
  kbliVersion?: string | null;
  monthlyCapacity: { quantity: number; unit: string };
  minOrderQuantity: number;
  leadTimeDays: number;
  kecamatanCode?: string | null;
  location?: { lat: number; lng: number } | null;
  machines?: readonly string[] | null;
  workforce?: number | null;
}
