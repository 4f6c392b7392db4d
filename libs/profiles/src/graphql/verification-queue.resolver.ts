import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { AllowRoles, Role } from '@jalin/authz';
import { TransactionRunner } from '@jalin/database';
import { Connection, createdAtConnection } from '@jalin/graphql-core';
import { VerificationQueue } from '../read/verification-queue.service';
import { CapabilityProfileConnection, CapabilityProfileType } from './capability-profile.type';

@Resolver()
export class VerificationQueueResolver {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly queue: VerificationQueue,
  ) {}

  /** DINAS, ADMIN: the profiles waiting for verification, the longest waiting first. */
  @AllowRoles(Role.DINAS, Role.ADMIN)
  @Query(() => CapabilityProfileConnection, { description: 'DINAS, ADMIN: profiles waiting for verification, oldest first' })
  async verificationQueue(
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<CapabilityProfileType>> {
    const page = await this.queue.page(this.tx.manager, first, after);
    const now = new Date();
    return createdAtConnection(page, (profile) => CapabilityProfileType.from(profile, now));
  }
}
