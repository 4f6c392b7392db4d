import { Args, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AllowAuthenticated, AllowRoles, AuthUser, CurrentUser, RequestContext, Role } from '@jalin/authz';
import { TransactionRunner } from '@jalin/database';
import { Connection } from '@jalin/graphql-core';
import { OrganizationType, organizationLoader } from '@jalin/identity';
import { ProfileReader, maySeeVerifications } from '../read/profile-reader.service';
import { encodeProfileCursor } from '../read/profile-cursor';
import { ProfileSearch } from '../read/profile-search.service';
import { ProfilesErrorCode, ProfilesException } from '../profiles.exception';
import { ProfileVerifier } from '../write/profile-verifier.service';
import { ProfileWriter } from '../write/profile-writer.service';
import { CapabilityProfileInput } from './capability-profile.input';
import { CapabilityProfileConnection, CapabilityProfileType } from './capability-profile.type';
import { ProfileFilterInput } from './profile-filter.input';
import { profileVerificationLoader } from './profile-verification.loader';
import { ProfileVerificationType } from './profile-verification.type';

@Resolver(() => CapabilityProfileType)
export class CapabilityProfileResolver {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly writer: ProfileWriter,
    private readonly verifier: ProfileVerifier,
    private readonly reader: ProfileReader,
    private readonly search: ProfileSearch,
  ) {}

  /** IKM: its own profile, null before the first upsertMyProfile. */
  @AllowRoles(Role.IKM)
  @Query(() => CapabilityProfileType, { nullable: true })
  async myProfile(@CurrentUser() caller: AuthUser): Promise<CapabilityProfileType | null> {
    const profile = await this.reader.findByOrganization(this.tx.manager, caller.organizationId);
    return profile && CapabilityProfileType.from(profile);
  }

  /** IKM: creates or replaces its own profile; the organization comes from the token, never from input. */
  @AllowRoles(Role.IKM)
  @Mutation(() => CapabilityProfileType, { description: 'IKM: creates or replaces its own capability profile' })
  async upsertMyProfile(@Args('input') input: CapabilityProfileInput, @CurrentUser() caller: AuthUser): Promise<CapabilityProfileType> {
    const outcome = await this.tx.run((manager) => this.writer.upsert(manager, caller.organizationId, input, caller.userId));
    return CapabilityProfileType.from(outcome.profile);
  }

  /** BUYER, DINAS, ADMIN: the directory of IKM profiles, ordered by organization name. */
  @AllowRoles(Role.BUYER, Role.DINAS, Role.ADMIN)
  @Query(() => CapabilityProfileConnection, { description: 'BUYER, DINAS, ADMIN: IKM profiles by organization name' })
  async capabilityProfiles(
    @Args('filter', { type: () => ProfileFilterInput, nullable: true }) filter: ProfileFilterInput | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Connection<CapabilityProfileType>> {
    const page = await this.search.page(this.tx.manager, filter, first, after);
    const now = new Date();
    const edges = page.rows.map((row) => ({ cursor: encodeProfileCursor(row.cursor), node: CapabilityProfileType.from(row.profile, now) }));
    return {
      nodes: edges.map((edge) => edge.node),
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: page.totalCount,
    };
  }

  /** BUYER, DINAS, ADMIN: any profile; IKM: only its own (NOT_FOUND otherwise, as for a missing one). */
  @AllowAuthenticated()
  @Query(() => CapabilityProfileType, { description: 'BUYER, DINAS, ADMIN: any profile; IKM: its own' })
  async capabilityProfile(@Args('id', { type: () => ID }) id: string, @CurrentUser() caller: AuthUser): Promise<CapabilityProfileType> {
    return CapabilityProfileType.from(await this.reader.findVisible(this.tx.manager, id, caller));
  }

  /** DINAS only: the Dinas is the programme operator that visits IKMs; admins run the platform. */
  @AllowRoles(Role.DINAS)
  @Mutation(() => CapabilityProfileType, { description: 'DINAS: marks a profile verified, kept as history' })
  async verifyProfile(
    @Args('profileId', { type: () => ID }) profileId: string,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
    @CurrentUser() caller: AuthUser,
  ): Promise<CapabilityProfileType> {
    const profile = await this.tx.run((manager) => this.verifier.verify(manager, profileId, caller.userId, note));
    return CapabilityProfileType.from(profile);
  }

  @ResolveField(() => OrganizationType)
  async organization(profile: CapabilityProfileType, _args: unknown, ctx: RequestContext): Promise<OrganizationType> {
    const organization = await organizationLoader(ctx, this.tx.manager).load(profile.organizationId);
    if (!organization) throw ProfilesException.notFound();
    return OrganizationType.from(organization);
  }

  @ResolveField(() => [ProfileVerificationType], { nullable: true })
  async verifications(profile: CapabilityProfileType, _args: unknown, ctx: RequestContext): Promise<ProfileVerificationType[]> {
    if (!ctx.user || !maySeeVerifications(ctx.user, profile)) {
      throw new ProfilesException(ProfilesErrorCode.VERIFICATIONS_HIDDEN, 'Only the Dinas, admins and the IKM itself see the verification history');
    }
    const rows = await profileVerificationLoader(ctx, this.tx.manager).load(profile.id);
    return rows.map((row) => ProfileVerificationType.from(row));
  }
}
