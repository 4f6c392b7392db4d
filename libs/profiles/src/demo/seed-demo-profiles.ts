import { EntityManager } from 'typeorm';
import { Role } from '@jalin/authz';
import { OrganizationEntity } from '@jalin/identity';
import { OutboxWriter } from '@jalin/outbox';
import { ProfileVerificationEntity } from '../entities/profile-verification.entity';
import { ProfileVerifier } from '../write/profile-verifier.service';
import { ProfileWriter } from '../write/profile-writer.service';
import { DemoProfile, demoProfiles } from './demo-profiles';

const VERIFICATION_NOTE = 'Kunjungan lapangan Dinas: mesin, kapasitas dan sertifikat diperiksa. / Site visit: machines, capacity and certificates checked.';

/**
 * Ensures the demo IKM organizations (is_demo, found again by their unique names) and their
 * profiles, through the same validation, writer and outbox events as the API. Idempotent: a second
 * run finds everything in place and creates nothing. Profiles marked for verification are verified
 * once by the first Dinas officer (demo organization first), when there is one.
 */
export async function seedDemoProfiles(manager: EntityManager): Promise<{ created: number }> {
  const work = async (tx: EntityManager) => {
    const writer = new ProfileWriter(new OutboxWriter());
    const verifier = new ProfileVerifier(new OutboxWriter());
    const dinasUserId = await firstDinasOfficer(tx);
    let created = 0;
    for (const demo of demoProfiles()) {
      const organizationId = await ensureOrganization(tx, demo);
      const outcome = await writer.upsert(tx, organizationId, demo.input, null);
      if (outcome.created) created += 1;
      if (demo.verify && dinasUserId && !(await tx.existsBy(ProfileVerificationEntity, { profileId: outcome.profile.id }))) {
        await verifier.verify(tx, outcome.profile.id, dinasUserId, VERIFICATION_NOTE);
      }
    }
    return { created };
  };
  return manager.queryRunner?.isTransactionActive ? work(manager) : manager.transaction(work);
}

async function ensureOrganization(manager: EntityManager, demo: DemoProfile): Promise<string> {
  const existing = await manager.findOneBy(OrganizationEntity, { name: demo.organizationName, kind: Role.IKM, isDemo: true });
  if (existing) return existing.id;
  const inserted = await manager.insert(OrganizationEntity, {
    name: demo.organizationName, kind: Role.IKM, kecamatanCode: demo.kecamatanCode, city: 'Kabupaten Tegal', isDemo: true,
  });
  return (inserted.identifiers[0] as { id: string }).id;
}

async function firstDinasOfficer(manager: EntityManager): Promise<string | null> {
  const rows: { id: string }[] = await manager.query(
    `SELECT u.id FROM app_user u JOIN organization o ON o.id = u.organization_id
      WHERE o.kind = 'DINAS' AND u.role = 'DINAS'
      ORDER BY o.is_demo DESC, o.created_at, u.created_at, u.id LIMIT 1`,
  );
  return rows[0]?.id ?? null;
}
