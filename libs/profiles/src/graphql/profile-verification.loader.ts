import DataLoader from 'dataloader';
import { EntityManager, In } from 'typeorm';
import { RequestContext } from '@jalin/authz';
import { requestLoader } from '@jalin/graphql-core';
import { ProfileVerificationEntity } from '../entities/profile-verification.entity';

/** Verification history (with the officer and office) per profile for this request: one query per page. */
export function profileVerificationLoader(context: RequestContext, manager: EntityManager): DataLoader<string, ProfileVerificationEntity[]> {
  return requestLoader(context, 'profileVerifications', () =>
    new DataLoader<string, ProfileVerificationEntity[]>(async (profileIds) => {
      const rows = await manager.find(ProfileVerificationEntity, {
        where: { profileId: In([...profileIds]) },
        relations: { verifiedBy: { organization: true } },
        order: { verifiedAt: 'DESC', id: 'DESC' },
      });
      const byProfile = new Map<string, ProfileVerificationEntity[]>();
      for (const row of rows) byProfile.set(row.profileId, [...(byProfile.get(row.profileId) ?? []), row]);
      return profileIds.map((id) => byProfile.get(id) ?? []);
    }),
  );
}
