import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@jalin/config';
import { TransactionRunner } from '@jalin/database';
import { jalinDataSourceOptions } from './data-source';
import { ReadPipelineLifecycle } from './read-pipeline.lifecycle';

/** The app's one connection pool, with every entity. Migrations are applied by db:migrate, never here. */
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ ...jalinDataSourceOptions(config), retryAttempts: 3, retryDelay: 1000 }),
    }),
  ],
  providers: [TransactionRunner, ReadPipelineLifecycle],
  exports: [TransactionRunner],
})
export class DatabaseModule {}
