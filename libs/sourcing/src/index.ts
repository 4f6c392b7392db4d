export * from './rfqs';
export * from './matches';
export * from './quotes';
export * from './deals';
export * from './access';
export { TrackRecordWriter } from './deals/track-record/track-record.writer';
export { IkmTrackRecordEntity } from './deals/track-record/ikm-track-record.entity';
export { SourcingModule, SourcingWorkerModule } from './sourcing.module';
