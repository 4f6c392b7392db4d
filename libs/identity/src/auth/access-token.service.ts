import { Injectable } from '@nestjs/common';
import { errors, JWTPayload, jwtVerify, SignJWT } from 'jose';
import { LRUCache } from 'lru-cache';
import { AppConfig } from '@jalin/config';
import { AuthUser, Role } from '@jalin/authz';
import { SessionRevocations } from './session-revocations.service';

const ALGORITHM = 'HS256';
/**
 * Tokens whose signature and claims this replica has checked, until they expire: a caller sends
 * the same token with every request, and the HMAC check (through WebCrypto) was a few per cent of a
 * page's CPU. The session check below still runs on every request.
 */
const VERIFIED_TOKENS = { max: 10_000 };

export type TokenCheck = { user: AuthUser; error: null } | { user: null; error: string };

/** What a token is signed for: the user's session version and the session (refresh-token family). */
export interface SessionClaims {
  version: number;
  sessionId: string;
}

/**
 * Short-lived access JWTs. Verification pins the algorithm (so `alg: none` and key-confusion
 * tokens fail), and requires issuer, audience and expiry. Each token carries the user's session
 * version (`sv`) and its session (`sid`); verify() refuses a token older than the current version
 * or of a session that has ended, so ending one or every session of a user ends those access
 * tokens too, on every replica and every transport that verifies here.
 */
@Injectable()
export class AccessTokenService {
  private readonly key: Uint8Array;
  private readonly verified = new LRUCache<string, JWTPayload>(VERIFIED_TOKENS);

  constructor(
    private readonly config: AppConfig,
    private readonly revocations: SessionRevocations,
  ) {
    this.key = new TextEncoder().encode(config.JWT_SECRET);
  }

  sign(user: AuthUser, session: SessionClaims): Promise<string> {
    return new SignJWT({ org: user.organizationId, role: user.role, locale: user.locale, sv: session.version, sid: session.sessionId })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(user.userId)
      .setIssuer(this.config.JWT_ISSUER)
      .setAudience(this.config.JWT_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.config.JWT_ACCESS_TTL_SECONDS}s`)
      .sign(this.key);
  }

  /** Never throws: gives the user, or a reason fit for an UNAUTHENTICATED message. */
  async verify(token: string): Promise<TokenCheck> {
    try {
      const payload = await this.checkedPayload(token);
      if (payload === null) return { user: null, error: 'Access token expired; refresh the session' };
      const role = payload.role as Role;
      if (typeof payload.sub !== 'string' || typeof payload.org !== 'string' || !Object.values(Role).includes(role) || !Number.isInteger(payload.sv) || typeof payload.sid !== 'string') {
        return { user: null, error: 'Access token is malformed' };
      }
      const session = await this.revocations.state(payload.sub, payload.sid);
      if (session === null) return { user: null, error: 'Session could not be checked; sign in again' };
      // Higher than the copy can only be a token signed after a bump whose copy is not updated yet.
      if ((payload.sv as number) < session.version || session.ended) return { user: null, error: 'Session has ended; sign in again' };
      return {
        user: { userId: payload.sub, organizationId: payload.org, role, locale: typeof payload.locale === 'string' ? payload.locale : 'id' },
        error: null,
      };
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { user: null, error: 'Access token expired; refresh the session' };
      return { user: null, error: 'Access token is invalid' };
    }
  }

  /** The token's claims once its signature and claims are good (throws otherwise); null once a remembered token has expired. */
  private async checkedPayload(token: string): Promise<JWTPayload | null> {
    const known = this.verified.get(token);
    if (known) {
      if ((known.exp as number) * 1000 > Date.now()) return known;
      this.verified.delete(token);
      return null;
    }
    const { payload } = await jwtVerify(token, this.key, {
      algorithms: [ALGORITHM],
      issuer: this.config.JWT_ISSUER,
      audience: this.config.JWT_AUDIENCE,
      requiredClaims: ['exp', 'sub', 'iat', 'sv', 'sid'],
    });
    this.verified.set(token, payload);
    return payload;
  }
}
