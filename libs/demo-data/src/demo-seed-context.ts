import { Role } from '@jalin/authz';
import { OrganizationEntity, UserEntity } from '@jalin/identity';
import { DEMO_PASSWORD } from './demo-password';
import { DemoOrganization } from './demo-data.types';

/** What the seed needs of PasswordHasher (kept narrow so tests may pass a cheaper one). */
export interface DemoPasswordHasher {
  hash(password: string): Promise<string>;
}

export interface SeededOrganization {
  readonly key: string;
  readonly data: DemoOrganization;
  readonly entity: OrganizationEntity;
}

export interface SeedTally {
  created: number;
  kept: number;
}

/**
 * State shared by the steps of one seed run: the organizations and users earlier steps created or
 * found (so a later step, e.g. capability profiles or RFQs, finds "ikm.logam-jaya-talang" by key
 * on the first run and on every later one alike) and counts of what was created or kept.
 */
export class DemoSeedContext {
  private readonly organizationsByKey = new Map<string, SeededOrganization>();
  private readonly usersByEmail = new Map<string, UserEntity>();
  private readonly tallies = new Map<string, SeedTally>();

  constructor(readonly passwords: DemoPasswordHasher) {}

  /** A fresh Argon2id hash of the demo password (a new salt each call). */
  hashDemoPassword(): Promise<string> {
    return this.passwords.hash(DEMO_PASSWORD);
  }

  addOrganization(data: DemoOrganization, entity: OrganizationEntity): void {
    if (this.organizationsByKey.has(data.key)) throw new Error(`demo organization key "${data.key}" is used twice`);
    this.organizationsByKey.set(data.key, { key: data.key, data, entity });
  }

  /** The organization of a key; throws when no earlier step seeded it (a step order mistake). */
  organization(key: string): OrganizationEntity {
    return this.seeded(key).entity;
  }

  seeded(key: string): SeededOrganization {
    const found = this.organizationsByKey.get(key);
    if (!found) {
      throw new Error(`demo organization "${key}" is not seeded yet; known: ${[...this.organizationsByKey.keys()].join(', ') || 'none'}`);
    }
    return found;
  }

  /** Seeded organizations in seeding order, optionally of one kind. */
  organizations(kind?: Role): SeededOrganization[] {
    return [...this.organizationsByKey.values()].filter((o) => kind === undefined || o.data.kind === kind);
  }

  addUser(user: UserEntity): void {
    this.usersByEmail.set(user.email.toLowerCase(), user);
  }

  /** A seeded user by e-mail (any case); throws when unknown. */
  user(email: string): UserEntity {
    const found = this.usersByEmail.get(email.toLowerCase());
    if (!found) throw new Error(`demo user ${email} is not seeded yet`);
    return found;
  }

  /** Takes a copy of the state; calling the result puts it back (a step's transaction was rolled back). */
  checkpoint(): () => void {
    const organizations = new Map(this.organizationsByKey);
    const users = new Map(this.usersByEmail);
    const tallies = new Map([...this.tallies].map(([kind, t]) => [kind, { ...t }]));
    const refill = <K, V>(target: Map<K, V>, from: Map<K, V>) => {
      target.clear();
      for (const [k, v] of from) target.set(k, v);
    };
    return () => {
      refill(this.organizationsByKey, organizations);
      refill(this.usersByEmail, users);
      refill(this.tallies, tallies);
    };
  }

  /** Counts one outcome of a kind of row ("organizations", "users", "rfqs", ...). */
  record(kind: string, outcome: keyof SeedTally, count = 1): void {
    const tally = this.tallies.get(kind) ?? { created: 0, kept: 0 };
    tally[outcome] += count;
    this.tallies.set(kind, tally);
  }

  tally(): ReadonlyMap<string, SeedTally> {
    return this.tallies;
  }
}
