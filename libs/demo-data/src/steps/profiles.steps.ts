import { EntityManager } from 'typeorm';
import { Role } from '@jalin/authz';
import { OutboxWriter } from '@jalin/outbox';
import { CapabilityProfileEntity, ProfileWriter, seedDemoProfiles } from '@jalin/profiles';
import { taxonomyCatalog } from '@jalin/taxonomy';
import { DemoIkm } from '../demo-data.types';
import { DemoSeedContext } from '../demo-seed-context';
import { DemoSeedStep } from '../demo-seed-step';

/** A stable small offset from the kecamatan centroid, so workshops do not sit on one point. */
function jitter(key: string): number {
  let h = 0;
  for (const ch of key) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return ((Math.abs(h) % 200) - 100) / 10_000;
}

/**
 * Profiles for the IKMs that have demo logins (so a visitor signing in as an IKM sees its own),
 * then the wider directory of demo workshops from @jalin/profiles. Existing profiles are kept.
 */
export const capabilityProfilesStep: DemoSeedStep = {
  name: 'capability-profiles',
  async run(manager: EntityManager, context: DemoSeedContext): Promise<void> {
    const writer = new ProfileWriter(new OutboxWriter());
    for (const seeded of context.organizations(Role.IKM)) {
      if (await manager.existsBy(CapabilityProfileEntity, { organizationId: seeded.entity.id })) {
        context.record('profile', 'kept');
        continue;
      }
      const hints = (seeded.data as DemoIkm).profile;
      const centroid = taxonomyCatalog.kecamatan(seeded.entity.kecamatanCode ?? '')?.centroid;
      const size = Math.max(hints.workforce, 3);
      await writer.upsert(manager, seeded.entity.id, {
        sectors: [hints.sector],
        processes: hints.processes,
        materials: hints.materials,
        certifications: hints.sector === 'AGRO' ? [{ code: 'HALAL', number: `ID-HALAL-${seeded.key}`, validUntil: '2028-06-30' }] : [{ code: 'SNI', number: `SNI-${seeded.key}`, validUntil: '2028-12-31' }],
        kbliCodes: [hints.kbli],
        monthlyCapacity: { quantity: size * 120, unit: hints.sector === 'AGRO' ? 'kg' : 'pcs' },
        minOrderQuantity: 50,
        leadTimeDays: 14,
        kecamatanCode: seeded.entity.kecamatanCode,
        location: centroid ? { lat: centroid.lat + jitter(seeded.key), lng: centroid.lng + jitter(`${seeded.key}/lng`) } : null,
        machines: [hints.products],
        workforce: hints.workforce,
      }, null);
      context.record('profile', 'created');
    }
    const { created } = await seedDemoProfiles(manager);
    context.record('profile', 'created', created);
  },
};
