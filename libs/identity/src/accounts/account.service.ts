import { Injectable, Logger } from '@nestjs/common';
import { EntityManager, QueryFailedError } from 'typeorm';
import { AuthUser, Role } from '@jalin/authz';
import { TransactionRunner } from '@jalin/database';
import { DomainEventName } from '@jalin/jobs';
import { OutboxWriter } from '@jalin/outbox';
import { AttemptKind, AttemptLimiter } from '../auth/attempt-limiter.service';
import { PasswordHasher } from '../auth/password-hasher.service';
import { Session, SessionService } from '../auth/session.service';
import { OrganizationEntity } from '../entities/organization.entity';
import { UserEntity } from '../entities/user.entity';
import { IdentityErrorCode, IdentityException } from '../identity.exception';

export interface NewAccount {
  email: string;
  password: string;
  name: string;
  role: Role;
  organizationName: string;
  phone?: string | null;
  locale?: string | null;
  isDemo?: boolean;
}

const SELF_SERVICE_ROLES: readonly Role[] = [Role.BUYER, Role.IKM];
const STAFF_ROLES: readonly Role[] = [Role.DINAS, Role.ADMIN];
const STAFF_ORGANIZATION: Record<string, string> = {
  [Role.DINAS]: 'Dinas Perintransnaker Kabupaten Tegal',
  [Role.ADMIN]: 'Jalin',
};

const isUniqueViolation = (e: unknown) =>
  e instanceof QueryFailedError && (e as QueryFailedError & { code?: string }).code === '23505';

/** Creating organizations and users: self-service registration, staff accounts, the bootstrap admin. */
@Injectable()
export class AccountService {
  private readonly logger = new Logger(AccountService.name);

  constructor(
    private readonly tx: TransactionRunner,
    private readonly passwords: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly outbox: OutboxWriter,
    private readonly limiter: AttemptLimiter,
  ) {}

  async register(account: NewAccount, clientIp: string): Promise<Session> {
    if (!SELF_SERVICE_ROLES.includes(account.role)) {
      throw new IdentityException(IdentityErrorCode.ROLE_NOT_ALLOWED, 'Only BUYER or IKM organizations can register', [
        { field: 'input.role', value: account.role, message: 'must be BUYER or IKM' },
      ]);
    }
    // Every attempt counts against the e-mail, success or not: it also slows probing which e-mails exist.
    await this.limiter.takeAll([
      { kind: AttemptKind.Register, key: `ip:${clientIp}` },
      { kind: AttemptKind.RegisterEmail, key: `email:${account.email.trim().toLowerCase()}` },
    ]);
    const passwordHash = await this.passwords.hash(account.password);
    return this.tx.run(async (manager) => {
      const user = await this.insertAccount(manager, account, passwordHash);
      await this.outbox.append(manager, DomainEventName.UserRegistered, { userId: user.id, organizationId: user.organizationId, role: user.role });
      return this.sessions.open(manager, user);
    });
  }

  /** DINAS officers join the one Dinas organization; admins the platform's. */
  async createStaffAccount(account: Omit<NewAccount, 'organizationName'>, createdBy: AuthUser): Promise<UserEntity> {
    if (!STAFF_ROLES.includes(account.role)) {
      throw new IdentityException(IdentityErrorCode.ROLE_NOT_ALLOWED, 'Staff accounts are DINAS or ADMIN', [
        { field: 'input.role', value: account.role, message: 'must be DINAS or ADMIN' },
      ]);
    }
    const passwordHash = await this.passwords.hash(account.password);
    return this.tx.run(async (manager) => {
      const user = await this.insertAccount(manager, { ...account, organizationName: STAFF_ORGANIZATION[account.role] }, passwordHash);
      await this.outbox.append(manager, DomainEventName.StaffAccountCreated, { userId: user.id, role: user.role, createdBy: createdBy.userId });
      return user;
    });
  }

  /** Creates the first ADMIN when no user has this e-mail; safe when several replicas start at once. */
  async ensureBootstrapAdmin(email: string, password: string): Promise<boolean> {
    if (await this.findByEmail(this.tx.manager, email)) return false;
    const passwordHash = await this.passwords.hash(password);
    try {
      await this.tx.run((manager) =>
        this.insertAccount(manager, { email, password, name: 'Administrator', role: Role.ADMIN, organizationName: STAFF_ORGANIZATION[Role.ADMIN] }, passwordHash),
      );
      this.logger.log({ email }, 'bootstrap admin created');
      return true;
    } catch (error) {
      // Another replica created it between the look and the insert (insertAccount reports that as EMAIL_TAKEN).
      if (isUniqueViolation(error) || (error instanceof IdentityException && error.code === IdentityErrorCode.EMAIL_TAKEN)) return false;
      throw error;
    }
  }

  findByEmail(manager: EntityManager, email: string): Promise<UserEntity | null> {
    return manager.createQueryBuilder(UserEntity, 'u').where('lower(u.email) = lower(:email)', { email: email.trim() }).getOne();
  }

  async findById(id: string): Promise<UserEntity | null> {
    return this.tx.manager.findOneBy(UserEntity, { id });
  }

  /**
   * Staff share one organization per role; everyone else gets a new organization. The unique index
   * on lower(email) settles concurrent registrations of one address.
   */
  async insertAccount(manager: EntityManager, account: NewAccount, passwordHash: string): Promise<UserEntity> {
    const email = account.email.trim();
    if (await this.findByEmail(manager, email)) throw this.emailTaken(email);
    const organization = STAFF_ROLES.includes(account.role)
      ? await this.staffOrganization(manager, account.role, account.organizationName)
      : await manager.save(manager.create(OrganizationEntity, {
          name: account.organizationName.trim(), kind: account.role, phone: account.phone ?? null, isDemo: account.isDemo ?? false,
        }));
    try {
      return await manager.save(manager.create(UserEntity, {
        organizationId: organization.id, email, passwordHash, name: account.name.trim(), role: account.role,
        locale: account.locale ?? 'id', phone: account.phone ?? null, isDemo: account.isDemo ?? false,
      }));
    } catch (error) {
      if (isUniqueViolation(error)) throw this.emailTaken(email);
      throw error;
    }
  }

  private async staffOrganization(manager: EntityManager, role: Role, name: string): Promise<OrganizationEntity> {
    const existing = await manager.findOne(OrganizationEntity, { where: { kind: role }, order: { createdAt: 'ASC' } });
    return existing ?? manager.save(manager.create(OrganizationEntity, { name, kind: role }));
  }

  private emailTaken(email: string): IdentityException {
    return new IdentityException(IdentityErrorCode.EMAIL_TAKEN, 'An account with this e-mail already exists', [
      { field: 'input.email', value: email, message: 'is already registered' },
    ]);
  }
}
