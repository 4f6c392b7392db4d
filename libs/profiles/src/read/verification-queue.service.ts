import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { pageSize } from '@jalin/graphql-core';
import { CapabilityProfileEntity } from '../entities/capability-profile.entity';
import { QueueCursor, decodeQueueCursor } from './verification-queue-cursor';

export interface QueuePage {
  rows: { profile: CapabilityProfileEntity; cursor: QueueCursor }[];
  hasNextPage: boolean;
  totalCount: number;
}

/**
 * Profiles waiting for the Dinas: not verified (never, or cleared by a change), the longest
 * waiting first. Ordered by creation, which no profile change touches, so paging neither repeats
 * nor skips a row.
 */
@Injectable()
export class VerificationQueue {
  async page(manager: EntityManager, first: number | null | undefined, after: string | null | undefined): Promise<QueuePage> {
    const size = pageSize(first);
    const cursor = decodeQueueCursor(after);
    const waiting = manager.createQueryBuilder(CapabilityProfileEntity, 'p').where('p.verified = false');
    const pageQuery = waiting
      .clone()
      .addSelect(`to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, 'created_key')
      .orderBy('p.created_at', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(size + 1);
    if (cursor) {
      pageQuery.andWhere('(p.created_at, p.id) > (CAST(:createdAt AS timestamptz), CAST(:cursorId AS uuid))', { createdAt: cursor.createdAt, cursorId: cursor.id });
    }
    const [{ entities, raw }, count] = await Promise.all([
      pageQuery.getRawAndEntities<{ created_key: string; p_id: string }>(),
      waiting.clone().select('count(*)::int', 'n').getRawOne<{ n: number }>(),
    ]);
    const keys = new Map(raw.map((r) => [r.p_id, r.created_key]));
    const rows = entities.slice(0, size).map((profile) => ({ profile, cursor: { createdAt: keys.get(profile.id)!, id: profile.id } }));
    return { rows, hasNextPage: entities.length > size, totalCount: count?.n ?? 0 };
  }
}
