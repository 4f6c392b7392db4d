import { Injectable } from '@nestjs/common';
import { errors, jwtVerify, SignJWT } from 'jose';
import { AppConfig } from '@jalin/config';
import { AuthUser, Role } from '@jalin/authz';

const ALGORITHM = 'HS256';

export type TokenCheck = { user: AuthUser; error: null } | { user: null; error: string };

/**
 * Short-lived access JWTs. Verification pins the algorithm (so `alg: none` and key-confusion
 * tokens fail), and requires issuer, audience and expiry.
 */
@Injectable()
export class AccessTokenService {
  private readonly key: Uint8Array;

  constructor(private readonly config: AppConfig) {
    this.key = new TextEncoder().encode(config.JWT_SECRET);
  }

  sign(user: AuthUser): Promise<string> {
    return new SignJWT({ org: user.organizationId, role: user.role, locale: user.locale })
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
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: this.config.JWT_ISSUER,
        audience: this.config.JWT_AUDIENCE,
        requiredClaims: ['exp', 'sub', 'iat'],
      });
      const role = payload.role as Role;
      if (typeof payload.sub !== 'string' || typeof payload.org !== 'string' || !Object.values(Role).includes(role)) {
        return { user: null, error: 'Access token is malformed' };
      }
      return {
        user: { userId: payload.sub, organizationId: payload.org, role, locale: typeof payload.locale === 'string' ? payload.locale : 'id' },
        error: null,
      };
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { user: null, error: 'Access token expired; refresh the session' };
      return { user: null, error: 'Access token is invalid' };
    }
  }
}
