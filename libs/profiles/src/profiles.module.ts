import { Module } from '@nestjs/common';
import { CapabilityProfileResolver } from './graphql/capability-profile.resolver';
import { ProfileReader } from './read/profile-reader.service';
import { ProfileSearch } from './read/profile-search.service';
import { VerificationQueue } from './read/verification-queue.service';
import { VerificationQueueResolver } from './graphql/verification-queue.resolver';
import { TaxonomyApiModule } from './taxonomy/taxonomy-api.module';
import { ProfileVerifier } from './write/profile-verifier.service';
import { ProfileWriter } from './write/profile-writer.service';

/** IKM capability profiles and the taxonomy query (API side; the audit trail is the worker's). */
@Module({
  imports: [TaxonomyApiModule],
  providers: [ProfileWriter, ProfileVerifier, ProfileReader, ProfileSearch, VerificationQueue, CapabilityProfileResolver, VerificationQueueResolver],
  exports: [ProfileWriter, ProfileVerifier, ProfileReader, ProfileSearch],
})
export class ProfilesModule {}
