import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CreatedAtPage, createdAtPage } from '@jalin/graphql-core';
import { CapabilityProfileEntity } from '../entities/capability-profile.entity';

/**
 * Profiles waiting for the Dinas: not verified (never, or cleared by a change), the longest
 * waiting first. Ordered by creation, which no profile change touches.
 */
@Injectable()
export class VerificationQueue {
  page(manager: EntityManager, first: number | null | undefined, after: string | null | undefined): Promise<CreatedAtPage<CapabilityProfileEntity>> {
    return createdAtPage(manager.createQueryBuilder(CapabilityProfileEntity, 'p').where('p.verified = false'), 'p', first, after);
  }
}
