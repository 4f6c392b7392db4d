import { Role } from '@jalin/authz';
import { Sector } from '@jalin/taxonomy';

/** One demo login; the e-mail is its identity (the seed keys users by e-mail). */
interface DemoAccount {
  readonly email: string;
  /** The person's name. */
  readonly name: string;
  readonly phone?: string;
  /** "id" (default) or "en". */
  readonly locale?: 'id' | 'en';
}

/** One demo organization with its users; `key` is how seed steps refer to it. */
export interface DemoOrganization {
  readonly key: string;
  readonly kind: Role;
  readonly name: string;
  /** BPS code of the kecamatan in Kabupaten Tegal, or null outside it. */
  readonly kecamatanCode: string | null;
  readonly city: string | null;
  readonly phone: string | null;
  /** The first user is the organization's main login. */
  readonly users: readonly DemoAccount[];
  /** Shown in the login table `npm run demo` prints (all logins are listed by `npm run demo:seed`). */
  readonly featured?: boolean;
}

export interface DemoBuyer extends DemoOrganization {
  readonly kind: Role.BUYER;
  /** The real firm of the 2023 Dinas visit this fictional buyer is modelled on. */
  readonly modelledOn: string;
  /** Code of the buyer's site in the taxonomy's named places (for distances). */
  readonly siteCode: string;
  readonly sectors: readonly Sector[];
  /** What the buyer sources from IKMs (Bahasa Indonesia), for RFQ demo data. */
  readonly sources: string;
}

/**
 * What a demo IKM makes, as taxonomy codes: the input of the capability-profile seed step.
 * Plausible for a workshop of this kind and place, not facts about a real firm.
 */
export interface DemoIkmProfileHints {
  readonly sector: Sector;
  /** KBLI 2020 code. */
  readonly kbli: string;
  readonly processes: readonly string[];
  readonly materials: readonly string[];
  /** Products in Bahasa Indonesia. */
  readonly products: string;
  /** Desa or sentra, e.g. "LIK Takaru, Dampyak". */
  readonly locality: string;
  readonly workforce: number;
}

export interface DemoIkm extends DemoOrganization {
  readonly kind: Role.IKM;
  readonly profile: DemoIkmProfileHints;
}
