import { createHash, randomBytes } from 'node:crypto';

/** Opaque single-use tokens (refresh and reset): 256 random bits, only their SHA-256 is stored. */
export const newOpaqueToken = () => randomBytes(32).toString('base64url');
export const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
