import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AllowRoles, Role } from '@jalin/authz';
import { TransactionRunner } from '@jalin/database';
import { Connection, ConnectionType, createdAtConnection } from '@jalin/graphql-core';
import { StaffDirectory } from '../accounts/staff-directory.service';
import { UserType } from './user.type';

const UserConnection = ConnectionType(UserType, 'User');

@Resolver()
export class StaffAccountsResolver {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly staff: StaffDirectory,
  ) {}

  /** ADMIN only: the accounts it manages (DINAS and ADMIN), oldest first. */
  @AllowRoles(Role.ADMIN)
  @Query(() => UserConnection, { description: 'ADMIN: the DINAS and ADMIN accounts, oldest first' })
  async staffAccounts(
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<UserType>> {
    const page = await this.staff.page(this.tx.manager, first, after);
    return createdAtConnection(page, UserType.from);
  }
}
