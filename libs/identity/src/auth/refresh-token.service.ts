import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import { AppConfig } from '@jalin/config';
import { DomainEventName } from '@jalin/jobs';
import { OutboxWriter } from '@jalin/outbox';
import { RefreshTokenEntity } from '../entities/refresh-token.entity';
import { newOpaqueToken, sha256 } from './opaque-token';


/** The session a new token continues: its family and when that family's sign-in happened. */
export interface RefreshFamily {
  id: string;
  startedAt: Date;
}

export type ConsumeOutcome =
  | { kind: 'rotated'; userId: string; family: RefreshFamily }
  | { kind: 'reused'; userId: string }
  | { kind: 'invalid' };

export interface IssuedRefreshToken {
  token: string;
  familyId: string;
}

/** Opaque refresh tokens: random 256-bit values, stored hashed, rotated on every use. */
@Injectable()
export class RefreshTokenService {
  constructor(
    private readonly outbox: OutboxWriter,
    private readonly config: AppConfig,
  ) {}

  /** A token of the given session, or of a new one (a sign-in) when none is given. */
  async issue(manager: EntityManager, userId: string, family: RefreshFamily = { id: randomUUID(), startedAt: new Date() }): Promise<IssuedRefreshToken> {
    const token = newOpaqueToken();
    await manager.insert(RefreshTokenEntity, {
      userId,
      familyId: family.id,
      familyStartedAt: family.startedAt,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000),
    });
    return { token, familyId: family.id };
  }

  /**
   * Marks the presented token used, in one conditional UPDATE so two concurrent refreshes cannot
   * both win. A token that was already used revokes its whole family and records the event; the
   * caller commits that and then refuses the request. A family older than REFRESH_TOKEN_MAX_DAYS
   * (from its sign-in) never rotates: the user signs in again.
   */
  async consume(manager: EntityManager, token: string): Promise<ConsumeOutcome> {
    const tokenHash = sha256(token);
    const [rows] = await manager.query(
      `UPDATE refresh_token SET used_at = now()
        WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
          AND family_started_at > now() - make_interval(days => $2)
        RETURNING user_id, family_id, family_started_at`,
      [tokenHash, this.config.REFRESH_TOKEN_MAX_DAYS],
    );
    if (rows.length === 1) {
      return { kind: 'rotated', userId: rows[0].user_id, family: { id: rows[0].family_id, startedAt: rows[0].family_started_at } };
    }
    const row = await manager.findOne(RefreshTokenEntity, { where: { tokenHash } });
    if (!row || !row.usedAt || row.revokedAt || row.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' };
    await manager.update(RefreshTokenEntity, { familyId: row.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await this.outbox.append(manager, DomainEventName.RefreshTokenReuseDetected, { userId: row.userId, familyId: row.familyId });
    return { kind: 'reused', userId: row.userId };
  }

  /** The user a token was issued to (used, revoked or expired alike), or null for an unknown token. */
  async ownerOf(manager: EntityManager, token: string): Promise<string | null> {
    const row = await manager.findOne(RefreshTokenEntity, { where: { tokenHash: sha256(token) }, select: { userId: true } });
    return row?.userId ?? null;
  }

  /** Ends every session of the user (all families). */
  async revokeAllOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(RefreshTokenEntity, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async revokeFamilyOf(manager: EntityManager, token: string): Promise<boolean> {
    const row = await manager.findOne(RefreshTokenEntity, { where: { tokenHash: sha256(token) } });
    if (!row) return false;
    await manager.update(RefreshTokenEntity, { familyId: row.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return true;
  }
}
