import { Injectable } from '@nestjs/common';
import { InputValidationException } from '@jalin/errors';
import { isUuid, TransactionRunner } from '@jalin/database';
import { NotificationEntity } from './entities/notification.entity';

export const MAX_IDS_PER_CALL = 200;

/** Marks notifications read, only the caller's own: ids of others' are ignored, not revealed. */
@Injectable()
export class NotificationReadService {
  constructor(private readonly tx: TransactionRunner) {}

  async markRead(userId: string, ids: string[]): Promise<number> {
    if (ids.length > MAX_IDS_PER_CALL) throw InputValidationException.of('ids', ids.length, `at most ${MAX_IDS_PER_CALL} ids per call`);
    const bad = ids.find((id) => !isUuid(id));
    if (bad !== undefined) throw InputValidationException.of('ids', bad, 'is not a notification id');
    if (ids.length === 0) return 0;
    return this.tx.run(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(NotificationEntity)
        .set({ readAt: () => 'now()' })
        .where('id = ANY(:ids::uuid[]) AND user_id = :userId AND read_at IS NULL', { ids, userId })
        .execute();
      return result.affected ?? 0;
    });
  }
}
