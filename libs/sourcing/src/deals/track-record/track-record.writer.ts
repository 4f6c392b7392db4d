import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * Deal outcomes for the matching engine's track-record factor. Call it inside the transaction that
 * completes the deal, so the figure and the deal commit together (match counters need no call:
 * triggers keep them).
 */
@Injectable()
export class TrackRecordWriter {
  async recordCompletedDeal(manager: EntityManager, ikmOrganizationId: string, onTime: boolean): Promise<void> {
    await manager.query(
      `INSERT INTO ikm_track_record AS t (organization_id, completed_deals, on_time_deliveries)
       VALUES ($1, 1, $2)
       ON CONFLICT (organization_id) DO UPDATE
         SET completed_deals = t.completed_deals + 1, on_time_deliveries = t.on_time_deliveries + excluded.on_time_deliveries, updated_at = now()`,
      [ikmOrganizationId, onTime ? 1 : 0],
    );
  }
}
