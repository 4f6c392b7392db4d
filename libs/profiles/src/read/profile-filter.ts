import type { Sector } from '@jalin/taxonomy';

/** What a buyer, the Dinas or an admin may filter on; every given criterion must hold. */
export interface ProfileFilter {
  sector?: Sector | null;
  /** Profiles offering all of these processes. */
  processes?: readonly string[] | null;
  /** Profiles working all of these materials. */
  materials?: readonly string[] | null;
  /** Profiles holding all of these certifications, each with a copy valid today. */
  certifications?: readonly string[] | null;
  kecamatanCode?: string | null;
  verified?: boolean | null;
  /** Words that must all appear in the organization name or the machines (case-insensitive). */
  search?: string | null;
}
