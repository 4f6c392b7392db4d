import { Logger } from '@nestjs/common';
import { ApolloServer } from '@apollo/server';
import { AccessErrorCode, AccessException } from '@jalin/errors';
import { errorLogPlugin } from './error-log.plugin';
import { formatGraphqlError } from './format-error';

/** What an operator on call reads when a client quotes its x-request-id. */
describe('errorLogPlugin', () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
  const server = new ApolloServer<{ requestId: string }>({
    typeDefs: 'type Query { broken: Int down: Int denied: Int fine: Int }',
    resolvers: {
      Query: {
        broken: () => { throw new TypeError("Cannot read properties of undefined (reading 'id')"); },
        down: () => { throw refused; },
        denied: () => { throw new AccessException(AccessErrorCode.FORBIDDEN, 'Only the buyer may see this'); },
        fine: () => 1,
      },
    },
    plugins: [errorLogPlugin() as never],
    formatError: formatGraphqlError,
  });
  let errorLog: jest.SpyInstance;
  let warnLog: jest.SpyInstance;

  beforeAll(() => server.start());
  afterAll(() => server.stop());
  beforeEach(() => {
    errorLog = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    warnLog = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  const run = (query: string) => server.executeOperation({ query }, { contextValue: { requestId: 'req-42' } });

  it('logs an unexpected error with its stack, the request id and the operation, and tells the client nothing more', async () => {
    const response = await run('query Inbox { broken fine }');
    const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
    expect(result?.errors?.[0]).toMatchObject({ extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(result)).not.toContain('Cannot read properties');
    expect(errorLog).toHaveBeenCalledTimes(1);
    const [fields, message] = errorLog.mock.calls[0];
    expect(message).toBe('unexpected error');
    expect(fields).toMatchObject({ requestId: 'req-42', operationName: 'Inbox', path: ['broken'] });
    expect((fields.err as Error).stack).toContain('TypeError');
  });

  it('warns once, with the request id, when the database is unreachable', async () => {
    await run('query Page { down }');
    expect(warnLog).toHaveBeenCalledWith(expect.objectContaining({ requestId: 'req-42', operationName: 'Page', err: refused }), 'database or Redis unreachable');
    expect(errorLog).not.toHaveBeenCalled();
  });

  it('does not log what the caller caused: refusals and bad queries', async () => {
    await run('{ denied }');
    await run('{ nosuchfield }');
    expect(errorLog).not.toHaveBeenCalled();
    expect(warnLog).not.toHaveBeenCalled();
  });
});
