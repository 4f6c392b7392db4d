/**
 * Errors are logged as pino expects: `{ err }` holds the Error, so the JSON line carries its type,
 * message and stack, and the demo's formatter prints them (it printed `undefined` when code
 * logged `err: error.message`).
 */
import { Logger as NestLogger, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { Logger, LoggerModule } from 'nestjs-pino';
import { formatLogLine } from '../../scripts/demo/log-format';

const root = join(__dirname, '..', '..');

async function logLinesOf(write: () => void): Promise<string[]> {
  const stream = new PassThrough();
  const lines: string[] = [];
  stream.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
  @Module({ imports: [LoggerModule.forRoot({ pinoHttp: [{ level: 'info', base: { app: 'worker' } }, stream] })] })
  class LoggingModule {}
  const app = await NestFactory.createApplicationContext(LoggingModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  write();
  await app.close();
  return lines;
}

describe('error log lines', () => {
  it('carry the message and stack of the Error given as err, through Nest\'s Logger as the libraries use it', async () => {
    const error = new Error('Connection terminated unexpectedly');
    const lines = await logLinesOf(() => new NestLogger('MarketStoreSync').warn({ err: error }, 'dashboard sync failed'));
    const record = lines.map((l) => JSON.parse(l)).find((r) => r.msg === 'dashboard sync failed');
    expect(record).toMatchObject({ level: 40, context: 'MarketStoreSync', err: { type: 'Error', message: 'Connection terminated unexpectedly' } });
    expect(record.err.stack).toContain('error-log-line.spec.ts');

    const shown = formatLogLine(JSON.stringify(record));
    expect(shown).toContain('WARN  [MarketStoreSync] dashboard sync failed');
    expect(shown).toContain('Error: Connection terminated unexpectedly');
    expect(shown).toMatch(/\n\s+at /);
    expect(shown).not.toContain('undefined');
  });

  it('is what every logger call in apps and libs passes: the Error, never its message alone', () => {
    const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', 'apps', 'libs'], { cwd: root, encoding: 'utf8' })
      .split('\n').filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));
    const offenders: string[] = [];
    for (const file of files) {
      readFileSync(join(root, file), 'utf8').split('\n').forEach((line, i) => {
        // `err:` with a message, a string or a template instead of the Error itself.
        if (/logger\.\w+\(\{[^}]*\berr: (?:[\w.()\s]+ as Error\)|[\w.]+)\.message\b|logger\.\w+\(\{[^}]*\berr: (?:message|['`"])/.test(line)) offenders.push(`${file}:${i + 1}`);
      });
    }
    expect(offenders).toEqual([]);
  });
});

describe('the demo log formatter', () => {
  it('prints level, context and message, and the error below with its stack', () => {
    const line = JSON.stringify({ level: 50, context: 'RfqMatcher', msg: 'matching failed after the last attempt', err: { type: 'QueryFailedError', message: 'deadlock detected', stack: 'QueryFailedError: deadlock detected\n    at run (matcher.ts:1:1)' } });
    expect(formatLogLine(line)).toBe('ERROR [RfqMatcher] matching failed after the last attempt \nQueryFailedError: deadlock detected\n    at run (matcher.ts:1:1)');
  });

  it('prints the message of an error without a stack, and a bare string as it is', () => {
    expect(formatLogLine(JSON.stringify({ level: 40, msg: 'queue connection error', err: { message: 'ECONNREFUSED' } }))).toBe('WARN  queue connection error \nECONNREFUSED');
    expect(formatLogLine(JSON.stringify({ level: 40, msg: 'old line', err: 'boom' }))).toBe('WARN  old line \nboom');
  });

  it('shortens request lines and keeps what is not pino JSON', () => {
    expect(formatLogLine(JSON.stringify({ level: 30, req: { method: 'POST', url: '/graphql' }, res: { statusCode: 200 }, responseTime: 12, msg: 'request completed' }))).toBe('INFO  POST /graphql 200 12 ms');
    expect(formatLogLine('plain text')).toBe('plain text');
    expect(formatLogLine('{not json')).toBe('{not json');
  });
});
