import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '@jalin/config';
import { attachReadPipeline, closeReadPipeline } from '@jalin/database';

/** Opens the process's read pipeline with its data source (DATABASE_READ_PIPELINE_CONNECTIONS) and closes it at shutdown. */
@Injectable()
export class ReadPipelineLifecycle implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('ReadPipeline');

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const connections = this.config.DATABASE_READ_PIPELINE_CONNECTIONS;
    if (connections > 0) attachReadPipeline(this.dataSource, connections, (err) => this.logger.error({ err }, 'A read pipeline connection failed; the next read opens another'));
  }

  async onApplicationShutdown(): Promise<void> {
    await closeReadPipeline(this.dataSource);
  }
}
