import { INSECURE_DEV_JWT_SECRET } from './app-config';

/**
 * Every JWT secret that is, or ever was, written in this repository (the development default,
 * compose's old demo default, examples, tests). Anyone can read them, so production refuses each.
 * test/unit/refused-jwt-secrets.spec.ts greps the repository and fails on a value missing here.
 */
export const REFUSED_JWT_SECRETS: readonly string[] = [
  INSECURE_DEV_JWT_SECRET,
  'demo-only-jwt-secret-replace-before-real-use',
  'e2e-production-secret-0123456789abcdef',
];

/** HS256 wants at least 256 bits of key; characters are not bytes once the secret is not ASCII. */
const MIN_PRODUCTION_JWT_SECRET_BYTES = 32;

/** Why production cannot use this secret, or null when it can. */
export function productionJwtSecretProblem(secret: string): string | null {
  if (REFUSED_JWT_SECRETS.includes(secret)) return 'JWT_SECRET must be set to a private value in production: this one is written in the repository';
  if (Buffer.byteLength(secret, 'utf8') < MIN_PRODUCTION_JWT_SECRET_BYTES) return `JWT_SECRET must be at least ${MIN_PRODUCTION_JWT_SECRET_BYTES} bytes in production`;
  return null;
}
