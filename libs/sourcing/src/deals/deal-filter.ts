import { Sector } from '@jalin/taxonomy';
import { DealStatus } from './deal-status.enum';

/** `from` / `to`: WIB calendar days of the award, inclusive. */
export interface DealFilter {
  status?: DealStatus | null;
  sector?: Sector | null;
  from?: string | null;
  to?: string | null;
}
