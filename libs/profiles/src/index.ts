import './sector.enum.graphql';

export { Sector } from './sector.enum.graphql';
export { CapabilityProfileEntity } from './entities/capability-profile.entity';
export { ProfileVerificationEntity, VerificationClearedReason } from './entities/profile-verification.entity';
export { ProfilesModule } from './profiles.module';
export { TaxonomyApiModule } from './taxonomy/taxonomy-api.module';
export { ProfilesErrorCode, ProfilesException } from './profiles.exception';
export { CAPACITY_UNITS, isCapacityUnit } from './capacity-unit';
export { todayInWib, isExpired } from './wib-date';
export {
  CertificationRecord, KbliRecord, ProfileContent, ProfileField, PROFILE_FIELDS, changedFields, heldCertificationCodes,
} from './profile-content';
export { ProfileInput } from './validation/profile-input';
export { PROFILE_LIMITS } from './validation/profile-limits';
export { checkProfileInput, ProfileInputCheck } from './validation/profile-input.validator';
export { ProfileWriter, UpsertOutcome } from './write/profile-writer.service';
export { ProfileVerifier } from './write/profile-verifier.service';
export { ProfileReader, maySeeProfile, maySeeVerifications } from './read/profile-reader.service';
export { ProfileSearch, ProfilePage, searchWords } from './read/profile-search.service';
export { ProfileFilter } from './read/profile-filter';
export { GeoPointType, GeoPointInput } from './graphql/geo-point.type';
export { CapabilityProfileType, CapabilityProfileConnection } from './graphql/capability-profile.type';
export { CertificationType } from './graphql/certification.type';
export { TaxonomyItemType } from './taxonomy/taxonomy.type';
export { seedDemoProfiles } from './demo/seed-demo-profiles';
export { demoProfiles, DemoProfile, DEMO_SEED } from './demo/demo-profiles';
export { Prng } from './demo/prng';
export { AGRO_ARCHETYPES, DemoArchetype, METAL_ARCHETYPES, PLASTIC_ARCHETYPES } from './demo/demo-archetypes';
export { columnsOfContent } from './profile-entity-content';
