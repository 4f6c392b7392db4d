import { randomBytes } from 'node:crypto';
import { GraphqlClient } from './graphql-client';

let sequence = 0;
const unique = () => `${Date.now().toString(36)}${(sequence++).toString(36)}${randomBytes(2).toString('hex')}`;

export const TEST_PASSWORD = 'correct horse battery';

export interface RegisteredAccount {
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  userId: string;
  organizationId: string;
  client: GraphqlClient;
}

const REGISTER = `mutation Register($input: RegisterInput!) {
  register(input: $input) { accessToken refreshToken user { id organization { id } } }
}`;

/** Builds a registration input with unique e-mail and names (Immich habit: builders for test data). */
export function registerInput(overrides: Record<string, unknown> = {}) {
  const id = unique();
  return {
    email: `user-${id}@example.co.id`,
    password: TEST_PASSWORD,
    name: `Tester ${id}`,
    organizationName: `CV Uji ${id}`,
    role: 'BUYER',
    ...overrides,
  };
}

export async function registerAccount(api: GraphqlClient, overrides: Record<string, unknown> = {}): Promise<RegisteredAccount> {
  const input = registerInput(overrides);
  const data = await api.ok(REGISTER, { input });
  const payload = data.register;
  return {
    email: input.email as string,
    password: input.password as string,
    accessToken: payload.accessToken,
    refreshToken: payload.refreshToken,
    userId: payload.user.id,
    organizationId: payload.user.organization.id,
    client: api.as(payload.accessToken),
  };
}

export const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken refreshToken user { id role email } }
}`;

export async function login(api: GraphqlClient, email: string, password: string) {
  const data = await api.ok(LOGIN, { email, password });
  return data.login as { accessToken: string; refreshToken: string; user: { id: string; role: string } };
}
