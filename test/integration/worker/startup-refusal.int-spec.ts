import { INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AuditWorkerModule } from '@jalin/audit';
import { ConfigModule } from '@jalin/config';
import { DomainEventName, JobName, JobsWorkerModule } from '@jalin/jobs';
import { testConfig } from '@jalin/testing';
import { WorkerModule } from '../../../apps/worker/src/worker.module';

jest.setTimeout(60000);

/**
 * A worker assembled without some module must refuse to start, naming what is missing, rather than
 * run and silently drop events or jobs. The modules are booted as the worker boots them; Nest's
 * createApplicationContext runs init before it returns, which would leave a refused start with no
 * handle to release its connections, so the test creates the app and runs init() itself.
 */
describe('worker start-up refuses an incomplete assembly', () => {
  const config = testConfig();
  let app: INestApplication | null = null;

  afterEach(async () => {
    await app?.close();
    app = null;
  });

  const boot = async (imports: unknown[]) => {
    @Module({ imports: imports as [] })
    class IncompleteWorkerModule {}
    app = await NestFactory.create(IncompleteWorkerModule, { logger: false, abortOnError: false });
    return app.init();
  };

  it('refuses when events have no subscriber (the audit module left out), naming each event', async () => {
    // The real worker assembly, minus the audit module: the identity events lose their only subscriber.
    const withoutAudit = WorkerModule.forRoot(config).imports.filter((module) => module !== AuditWorkerModule);
    const failure = await boot(withoutAudit).then(
      () => null,
      (error: Error) => error,
    );
    expect(failure?.message).toMatch(/^No subscriber for event\(s\): .*; refusing to start$/);
    for (const name of [DomainEventName.UserRegistered, DomainEventName.StaffAccountCreated, DomainEventName.RefreshTokenReuseDetected]) {
      expect(failure?.message).toContain(name);
    }
  });

  it('refuses when a job kind has no handler (the job host without the modules that handle jobs), naming the job', async () => {
    const failure = await boot([ConfigModule.forRoot(config), JobsWorkerModule]).then(
      () => null,
      (error: Error) => error,
    );
    expect(failure?.message).toMatch(/^No handler for job\(s\): .*; refusing to start$/);
    expect(failure?.message).toContain(JobName.DispatchDomainEvent);
  });
});
