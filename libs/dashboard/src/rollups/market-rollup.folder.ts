import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@jalin/config';

/**
 * Moves the writers' rollup deltas into the market rollups (`market_rollups_fold()`): every
 * DASHBOARD_FOLD_MS on each API replica. One replica folds at a time (an advisory lock; the others
 * skip that round), and a fold deletes the deltas it adds in the same statement, so each delta is
 * folded exactly once however many replicas run. The dashboard trails a write by at most about
 * DASHBOARD_FOLD_MS + DASHBOARD_SYNC_MS.
 */
@Injectable()
export class MarketRollupFolder implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(MarketRollupFolder.name);
  private timer?: NodeJS.Timeout;
  private round?: Promise<unknown>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => this.tick(), this.config.DASHBOARD_FOLD_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.round;
  }

  /** Folds every delta committed before the call, waiting for a fold running elsewhere; how many deltas it moved. */
  foldNow(): Promise<number> {
    return this.fold(true);
  }

  private tick(): void {
    if (this.round) return;
    this.round = this.fold(false)
      .catch((error: Error) => this.logger.warn({ err: error }, 'market rollup fold failed; its deltas wait for the next round'))
      .finally(() => (this.round = undefined));
  }

  private async fold(wait: boolean): Promise<number> {
    const [{ folded }] = await this.dataSource.query('SELECT market_rollups_fold($1) AS folded', [wait]);
    return folded;
  }
}
