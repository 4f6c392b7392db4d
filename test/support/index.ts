export { testConfig } from './test-config';
export { startApi, startWorker, RunningApi } from './running-apps';
export { GraphqlClient, GraphqlResponse, GraphqlError, randomClientIp } from './graphql-client';
export { registerAccount, registerInput, login, LOGIN, TEST_PASSWORD, RegisteredAccount } from './builders';
export { newTestRunEnv } from './test-env';
export { rankBounded, BoundedSource, BOUND_PAGE, SCORE_CHUNK } from './ranking/rank-bounded';
export { boundsForRfq, CandidateBound, ProcessTier } from './ranking/candidate-bounds';
