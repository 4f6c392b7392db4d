import { Injectable } from '@nestjs/common';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import { AppConfig } from '@jalin/config';
import { DomainEventName } from '@jalin/jobs';
import { OutboxWriter } from '@jalin/outbox';
import { RefreshTokenEntity } from '../entities/refresh-token.entity';

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

export type ConsumeOutcome =
  | { kind: 'rotated'; userId: string; familyId: string }
  | { kind: 'reused' }
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

  async issue(manager: EntityManager, userId: string, familyId: string = randomUUID()): Promise<IssuedRefreshToken> {
    const token = randomBytes(32).toString('base64url');
    await manager.insert(RefreshTokenEntity, {
      userId,
      familyId,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000),
    });
    return { token, familyId };
  }

  /**
   * Marks the presented token used, in one conditional UPDATE so two concurrent refreshes cannot
   * both win. A token that was already used revokes its whole family and records the event; the
   * caller commits that and then refuses the request.
   */
  async consume(manager: EntityManager, token: string): Promise<ConsumeOutcome> {
    const tokenHash = sha256(token);
    const [rows] = await manager.query(
      `UPDATE refresh_token SET used_at = now()
        WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
        RETURNING user_id, family_id`,
      [tokenHash],
    );
    if (rows.length === 1) return { kind: 'rotated', userId: rows[0].user_id, familyId: rows[0].family_id };
    const row = await manager.findOne(RefreshTokenEntity, { where: { tokenHash } });
    if (!row || !row.usedAt || row.revokedAt || row.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' };
    await manager.update(RefreshTokenEntity, { familyId: row.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await this.outbox.append(manager, DomainEventName.RefreshTokenReuseDetected, { userId: row.userId, familyId: row.familyId });
    return { kind: 'reused' };
  }

  /** The user a token was issued to (used, revoked or expired alike), or null for an unknown token. */
  async ownerOf(manager: EntityManager, token: string): Promise<string | null> {
    const row = await manager.findOne(RefreshTokenEntity, { where: { tokenHash: sha256(token) }, select: { userId: true } });
    return row?.userId ?? null;
  }

  async revokeFamilyOf(manager: EntityManager, token: string): Promise<boolean> {
    const row = await manager.findOne(RefreshTokenEntity, { where: { tokenHash: sha256(token) } });
    if (!row) return false;
    await manager.update(RefreshTokenEntity, { familyId: row.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return true;
  }
}
